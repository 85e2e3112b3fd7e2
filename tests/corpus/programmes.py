"""The corpus programmes as data (written for this project, free to ship): what each corpus
file says, from which make_corpus.py renders the file and its expected manifesto JSON.

Markers inside paragraph texts make the plain-text rendering break a line there:
'{shy}' a soft hyphen (U+00AD) inside a word, '{hy}' a hyphen inside a word, '{nl}' between
words. The expected text has them removed ('Trygg{shy}het' -> 'Trygghet')."""
from __future__ import annotations


def section(title, paragraphs, bullets=(), list_intro="", quotes=()):
    return {"title": title, "paragraphs": list(paragraphs), "list_intro": list_intro,
            "bullets": list(bullets), "quotes": list(quotes)}


FALUN = {  # plain text copied from a brochure: capitals headings, soft hyphens, footers
    "title": "Ett tryggare och grönare Falun",
    "slogans": [],
    "sections": [
        section("", [
            "Falun är en kommun med stora möjligheter. Vi vill att alla som bor här ska kunna "
            "leva ett gott liv, oavsett om man bor i centrum eller på lands{shy}bygden.",
            "Här är våra viktigaste förslag för de kommande fyra åren.",
        ]),
        section("TRYGGHET I VARDAGEN", [
            "Alla ska kunna känna sig trygga på väg hem från jobbet, skolan eller träningen. "
            "Trygg{shy}het skapas av fler vuxna ute på kvällarna och av bättre belysning i "
            "parker och tunnlar.",
        ], ["Tända fler gatlyktor längs gång-{nl}och cykelvägar",
            "Anställa fler fältassistenter som möter unga där de är",
            "Öppna fritidsgårdarna även på helgerna",
            "Ge grannsamverkan stöd och utbildning från kommunen"], list_intro="Vi vill:"),
        section("MILJÖ OCH KLIMAT", [
            "Trygghet och miljö hänger ihop. En kommun med rena sjöar, levande skogar och en "
            "kollektivtrafik som går när man behöver den är en kommun där fler vill bo.",
            "Kommunens egna bilar ska gå på förnybart bränsle senast år 2030, och varje ny "
            "skola ska byggas med solceller på taket. Så blir förut{hy}sättningarna för en "
            "hållbar framtid bättre, och det är ett effektivt sätt att spara pengar.",
        ], ["Bygga ut laddstolpar i alla kommundelar",
            "Rusta upp fler gång- och cykelvägar mellan byarna",
            "Servera mer närodlad och ekologisk mat i skolan"], list_intro="Vi vill:"),
        section("SKOLA OCH FÖRSKOLA", [
            "Varje barn ska få det stöd som behövs för att lyckas i skolan. Lärarna ska få tid "
            "att undervisa i stället för att fylla i blanketter, och elevhälsan ska finnas på "
            "plats varje dag.",
        ], ["Minska barngrupperna i förskolan",
            "Anställa fler speciallärare",
            "Ge alla elever en lugn studiemiljö",
            "Satsa på läsning redan i förskoleklass",
            "Bygga om skolgårdarna så att de lockar till lek och rörelse"], list_intro="Vi vill:"),
    ],
}

GAVLE = {  # Markdown with numbered lists
    "title": "Gävle kan mer",
    "slogans": ["Tillsammans!"],
    "sections": [
        section("", ["Gävle växer, och med det växer behoven. Vi har ett program för hela "
                     "kommunen, från Skutskär till Hedesunda."]),
        section("Äldreomsorg med värdighet", [
            "Den som har byggt upp vår kommun ska kunna lita på omsorgen när krafterna tar slut.",
            "Personalen ska ha tid att prata, inte bara att hinna med nästa besök.",
        ], ["Färre personer runt varje äldre i hemtjänsten",
            "Rätt till plats på äldreboende från 85 års ålder",
            "Mer utevistelse och bättre mat på boendena"], list_intro="Vi lovar att:"),
        section("Jobb och företagande", [
            "Jobb är grunden för välfärden. Kommunen ska vara en bra partner för dem som vill "
            "starta och driva företag.",
        ], ["Svara på alla frågor från företag inom en vecka",
            "Korta handläggningstiderna för bygglov",
            "Upphandla så att små lokala företag kan lämna anbud",
            "Erbjuda sommarjobb till alla gymnasieelever"], list_intro="Vi lovar att:"),
        section("Kultur och fritid", [
            "Kultur och idrott ger livskvalitet och gemenskap i alla åldrar.",
        ], ["Behålla biblioteken i alla kommundelar",
            "Hålla simhallen öppen fler timmar",
            "Ge föreningar som arbetar med unga lägre hyror"], list_intro="Vi lovar att:"),
    ],
}

LUDVIKA = {  # Word: sections without any "Vi vill" list
    "title": "Ludvika framåt",
    "slogans": ["Ett program för alla"],
    "sections": [
        section("Bostäder för alla skeden i livet", [
            "Unga som vill flytta hemifrån ska hitta en första bostad, och äldre som vill byta "
            "till något mindre ska kunna göra det utan att lämna sin stadsdel.",
            "Kommunens bostadsbolag ska bygga minst hundra nya lägenheter under mandatperioden.",
        ]),
        section("En levande landsbygd", [
            "Hela kommunen ska leva. Skolor, affärer och busslinjer på landsbygden är lika "
            "viktiga som i centrum.",
            "Vi vill göra det lättare att bygga nytt nära sjöar och vattendrag, och bredband "
            "ska finnas i varje by.",
        ], quotes=["Hela kommunen ska leva."]),
        section("Hälsa och vård", [
            "Vårdcentralen ska vara lätt att nå, både på telefon och på plats. Vi arbetar för "
            "att regionen öppnar en mottagning i Grängesberg igen.",
        ]),
    ],
}

MORA = {  # OpenDocument text
    "title": "Mora – en kommun att växa i",
    "slogans": [],
    "sections": [
        section("", ["Mora ska vara en plats där barn växer upp tryggt och där företag vill "
                     "etablera sig."]),
        section("Barn och unga", [
            "Barnen är vår framtid. Därför satsar vi på förskola, skola och fritid som håller "
            "hög kvalitet i hela kommunen.",
        ], ["Mindre grupper i förskolan",
            "Gratis sommaraktiviteter för alla skolbarn",
            "Fler vuxna i skolan under rasterna"], list_intro="Vi vill:"),
        section("Näringsliv och turism", [
            "Vasaloppet och fjällen lockar besökare från hela världen. Det ska märkas i fler "
            "jobb året om.",
            "Vi vill att kommunen samarbetar med företagen om marknadsföring och utbildning.",
        ], ["Förlänga turistsäsongen med evenemang på hösten",
            "Bygga ut cykelleder runt Siljan",
            "Ordna fler praktikplatser för gymnasieelever"], list_intro="Vi vill:"),
    ],
}

RIVERSIDE = {  # a saved web page, in English
    "title": "Our plan for Riverside",
    "slogans": [],
    "sections": [
        section("", ["Riverside deserves a council that listens. This is what we will do if "
                     "you give us your vote in May."]),
        section("Safer streets", [
            "Everyone should feel safe walking home at night. We will invest in lighting, "
            "youth work and neighbourhood policing.",
        ], ["Repair every broken street light within two weeks",
            "Reopen the youth centre on Mill Lane",
            "Fund two more community wardens"], list_intro="We will:"),
        section("Green spaces", [
            "Parks are our shared gardens. We will protect them and plant more trees along "
            "the river.",
        ], ["Plant a thousand new trees by 2028",
            "Keep every park free of new building",
            "Open a community garden in each ward"], list_intro="We will:",
            quotes=["Parks are where neighbours meet."]),
        section("Homes for everyone", [
            "Rents are too high and too many homes stand empty. We will bring empty homes back "
            "into use and build council homes again.",
        ], ["Build two hundred council homes", "Charge more tax on long-term empty homes"],
            list_intro="We will:"),
    ],
}

NORTHFIELD = {  # plain text, English, dashes and numbered items, "Page 2 of 3" footers
    "title": "A fresh start for Northfield",
    "slogans": [],
    "sections": [
        section("", ["Northfield has been run by the same people for too long. It is time "
                     "for a fresh start."]),
        section("Schools that work", [
            "Our children deserve schools with enough teachers, warm classrooms and safe "
            "routes to get there.",
        ], ["Hire forty more teaching assistants",
            "Fix the roofs of every primary school",
            "Provide free breakfast clubs in all schools"], list_intro="Our promises:"),
        section("A council that listens", [
            "Decisions should be made with residents, not for them. Every ward will get a "
            "yearly budget that residents decide on together.",
        ], ["Hold an open meeting in every ward each quarter",
            "Publish every decision online within a day",
            "Answer every letter within ten working days"], list_intro="Our promises:"),
        section("Getting around", [
            "Buses should run on time and cycling should be safe for children and adults "
            "alike.",
        ], ["Ask the bus company to restore the evening routes",
            "Build a protected cycle path along Station Road"], list_intro="Our promises:"),
    ],
}

HEDEMORA = {  # two-column brochure PDF (ReportLab)
    "title": "Hedemora – nära till allt",
    "slogans": [],
    "sections": [
        section("", [
            "Hedemora är en kommun med korta avstånd, starka föreningar och ett näringsliv som "
            "vill växa. Vi vill ta tillvara allt det som gör Hedemora unikt.",
            "Det här programmet visar vad vi vill göra under de kommande fyra åren och hur vi "
            "vill göra det tillsammans med er som bor här.",
        ]),
        section("Trygghet och gemenskap", [
            "Trygghet handlar om mer än polis. Det handlar om grannar som känner varandra, "
            "föreningar som ger unga något att göra på kvällarna och om gator som är "
            "upplysta och välskötta.",
            "Vi vill att kommunen tar ett större ansvar för det förebyggande arbetet och att "
            "skolan, socialtjänsten och polisen arbetar närmare varandra än i dag.",
        ], ["Anställa fler fältarbetare som rör sig ute på kvällar och helger",
            "Ge föreningslivet bättre villkor och lägre hyror i kommunens lokaler",
            "Se till att alla gång- och cykelvägar har fungerande belysning",
            "Starta nattvandring i varje kommundel tillsammans med föreningarna",
            "Göra det lättare att anmäla skadegörelse och klotter",
            "Ta bort buskage som skymmer sikten vid busshållplatser och tunnlar"],
            list_intro="Vi vill:", quotes=["Trygghet byggs av grannar som känner varandra."]),
        section("En skola i världsklass för alla barn", [
            "Alla barn ska lämna grundskolan med godkända betyg. Det kräver lärare som får tid "
            "att undervisa, elevhälsa som finns på plats och lokaler som fungerar.",
            "Vi vill ge rektorerna större frihet att forma sin skola och samtidigt följa upp "
            "resultaten noga, skola för skola och år för år.",
        ], ["Minska administrationen för lärarna",
            "Anställa fler speciallärare och skolsköterskor",
            "Renovera skolorna i Långshyttan och Vikmanshyttan",
            "Erbjuda läxhjälp på alla skolor efter skoltid"], list_intro="Vi vill:"),
        section("Jobb och företagande", [
            "Företagen skapar jobben. Kommunen ska göra det enkelt att starta, driva och "
            "utveckla företag i Hedemora.",
            "Vi vill att kommunens upphandlingar delas upp så att även små lokala företag kan "
            "lämna anbud, och att alla frågor från företagare besvaras inom en vecka.",
        ], ["Korta handläggningstiderna för bygglov till högst fyra veckor",
            "Ta fram mark för nya företag vid riksväg 70",
            "Erbjuda feriejobb till alla ungdomar som söker"], list_intro="Vi vill:"),
    ],
}

AVESTA = {  # three-column brochure PDF (Qt's PDF writer)
    "title": "Avesta 2026 – ett program för hela kommunen",
    "slogans": [],
    "sections": [
        section("", [
            "Avesta ska vara en kommun där det är lätt att leva, bo och arbeta. Här är vårt "
            "program för de kommande fyra åren.",
        ]),
        section("Vård och omsorg", [
            "Alla ska få den vård de behöver när de behöver den. Äldreomsorgen ska bygga på "
            "respekt och den enskildes egna önskemål.",
            "Vi vill att fler medarbetare i vården får heltid och att ingen ska behöva arbeta "
            "delade turer mot sin vilja.",
        ], ["Heltid som norm i hela omsorgen",
            "Fler platser på korttidsboende",
            "Trygghetslarm som fungerar dygnet runt",
            "Mer stöd till anhöriga som vårdar en närstående",
            "Friskvård för all personal"], list_intro="Vi vill:"),
        section("Kollektivtrafik", [
            "Bussarna ska gå när människor behöver åka till jobb och skola, även på kvällar "
            "och helger. Tåget till Stockholm ska stanna oftare i Krylbo.",
        ], ["Tätare turer mellan Avesta och Fors",
            "Bättre anslutningar mellan buss och tåg",
            "Gratis resor för pensionärer utanför rusningstid",
            "Säkra cykelparkeringar vid stationen"], list_intro="Vi vill:"),
        section("Kultur och idrott", [
            "Kultur och idrott binder samman människor. Biblioteken, musikskolan och "
            "idrottshallarna ska vara öppna för alla, oavsett plånbok.",
            "Vi vill att Avestas industrihistoria syns mer och lockar fler besökare till "
            "kommunen.",
        ], ["Behålla musikskolan avgiftsfri",
            "Förlänga öppettiderna på biblioteket",
            "Rusta upp konstnärernas kollektivverkstad",
            "Bygga en ny fullstor idrottshall"], list_intro="Vi vill:"),
    ],
}
