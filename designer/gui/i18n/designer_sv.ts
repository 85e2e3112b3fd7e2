<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Canvas</name>
    <message>
        <location filename="../canvas.py" line="344"/>
        <source>Move the picture in its frame</source>
        <translation>Flytta bilden i ramen</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="345"/>
        <source>Resize frame</source>
        <translation>Ändra storlek på ram</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="375"/>
        <source>Zoom the picture</source>
        <translation>Zooma bilden</translation>
    </message>
    <message>
        <location filename="../canvas.py" line="344"/>
        <location filename="../canvas.py" line="388"/>
        <source>Move frame</source>
        <translation>Flytta ram</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../properties_panel.py" line="399"/>
        <source>Forest</source>
        <translation>Skog</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="400"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="401"/>
        <source>Mint</source>
        <translation>Mint</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="402"/>
        <source>Sun</source>
        <translation>Sol</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="403"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="404"/>
        <source>Grey</source>
        <translation>Grå</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="405"/>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="406"/>
        <source>Rich black</source>
        <translation>Rikssvart</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="407"/>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="408"/>
        <source>Die line</source>
        <translation>Stanslinje</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../crash_guard.py" line="43"/>
        <source>Your work is kept: if the app closes, it is offered back at the next start.</source>
        <translation>Ditt arbete är sparat: om programmet stängs erbjuds det tillbaka vid nästa start.</translation>
    </message>
    <message>
        <location filename="../crash_guard.py" line="44"/>
        <source>Save your work under a new name now.</source>
        <translation>Spara ditt arbete under ett nytt namn nu.</translation>
    </message>
    <message>
        <location filename="../crash_guard.py" line="22"/>
        <source>Details for a bug report: {0}</source>
        <translation>Detaljer för en felrapport: {0}</translation>
    </message>
    <message>
        <location filename="../crash_guard.py" line="46"/>
        <source>Something went wrong inside {1} ({0}).</source>
        <translation>Något gick fel i {1} ({0}).</translation>
    </message>
    <message>
        <location filename="../crash_guard.py" line="48"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
</context>
<context>
    <name>EditionsDialog</name>
    <message>
        <location filename="../editions_dialog.py" line="82"/>
        <source>Editions from a spreadsheet</source>
        <translation>Utgåvor från ett kalkylark</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="94"/>
        <location filename="../editions_dialog.py" line="158"/>
        <source>Data file</source>
        <translation>Datafil</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="103"/>
        <location filename="../editions_dialog.py" line="164"/>
        <source>Output folder</source>
        <translation>Utmapp</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="105"/>
        <source>File names</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="107"/>
        <source>Fields in the layout → columns in the data</source>
        <translation>Fält i layouten → kolumner i datan</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="118"/>
        <source>Export all</source>
        <translation>Exportera alla</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="120"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="123"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="132"/>
        <source>Preview row</source>
        <translation>Förhandsgranska rad</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="138"/>
        <source>Show the row on the page</source>
        <translation>Visa raden på sidan</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="152"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="159"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Kalkylark (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="182"/>
        <source>editions</source>
        <translation>utgavor</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="186"/>
        <source>(not mapped)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="193"/>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="266"/>
        <source>Stopped; export again to continue.</source>
        <translation>Stoppad; exportera igen för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="278"/>
        <source>%1 made, %2 already up to date, %3 failed</source>
        <translation>%1 skapade, %2 redan aktuella, %3 misslyckades</translation>
    </message>
    <message>
        <location filename="../editions_dialog.py" line="281"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="151"/>
        <location filename="../export_dialog.py" line="163"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="152"/>
        <source>Export “%s”</source>
        <translation>Exportera ”%s”</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="153"/>
        <source>Print PDF</source>
        <translation>Tryck-PDF</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="154"/>
        <source>Proof PDF (screen)</source>
        <translation>Korrektur-PDF (skärm)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="155"/>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="156"/>
        <source>Printer</source>
        <translation>Tryckeri</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="157"/>
        <source>Resolution</source>
        <translation>Upplösning</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="158"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="159"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160"/>
        <source>Open file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161"/>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="204"/>
        <source>%1 × %2 pixels, screen colours (sRGB)</source>
        <translation>%1 × %2 pixlar, skärmfärger (sRGB)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="210"/>
        <source>Trim size only, screen colours (sRGB), no crop marks: for checking and sending by e-mail.</source>
        <translation>Bara slutformatet, skärmfärger (sRGB), inga skärmärken: för korrläsning och e-post.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="213"/>
        <source>crop marks</source>
        <translation>skärmärken</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="213"/>
        <source>no crop marks</source>
        <translation>inga skärmärken</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215"/>
        <source>%1, bleed %2 mm, %3, profile %4</source>
        <translation>%1, utfall %2 mm, %3, profil %4</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227"/>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237"/>
        <source>Write a file name</source>
        <translation>Skriv ett filnamn</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="239"/>
        <source>A file name cannot contain the characters %s or a line break: Windows and USB sticks refuse them.</source>
        <translation>Ett filnamn kan inte innehålla tecknen %s eller en radbrytning: Windows och USB-minnen tar inte emot dem.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="299"/>
        <source>Exporting %s …</source>
        <translation>Exporterar %s …</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="360"/>
        <source>Done: %s</source>
        <translation>Klart: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="364"/>
        <source>%n problem(s) to check in the warnings list</source>
        <translation>
            <numerusform>%n problem att kontrollera i varningslistan</numerusform>
            <numerusform>%n problem att kontrollera i varningslistan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="372"/>
        <source>Could not export: %s</source>
        <translation>Kunde inte exportera: %s</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="164"/>
        <source>Export anyway as proof</source>
        <translation>Exportera ändå som korrektur</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="165"/>
        <source>Writes a proof marked “KORREKTUR – EJ FÖR TRYCK” on every page, without PDF/X: for checking, never for the print shop.</source>
        <translation>Skriver en korrektur märkt ”KORREKTUR – EJ FÖR TRYCK” på varje sida, utan PDF/X: för granskning, aldrig för tryckeriet.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="315"/>
        <source>can be fixed</source>
        <translation>kan rättas</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="317"/>
        <source>%n error(s) must be fixed before this can go to print:</source>
        <translation>
            <numerusform>%n fel måste rättas innan detta kan gå till tryck:</numerusform>
            <numerusform>%n fel måste rättas innan detta kan gå till tryck:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="347"/>
        <source>Fix “%s”</source>
        <translation>Rätta ”%s”</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="353"/>
        <source>Everything is fixed: ready to export.</source>
        <translation>Allt är rättat: klart att exportera.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="362"/>
        <source>Proof written, not for print: %s</source>
        <translation>Korrektur sparad, inte för tryck: %s</translation>
    </message>
</context>
<context>
    <name>FixCard</name>
    <message>
        <location filename="../fix_card.py" line="62"/>
        <source>Fix</source>
        <translation>Rätta</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="63"/>
        <source>Printer</source>
        <translation>Tryckeri</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="64"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="65"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="66"/>
        <source>e.g. Tryckeriet AB</source>
        <translation>t.ex. Tryckeriet AB</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="67"/>
        <source>e.g. Borlänge</source>
        <translation>t.ex. Borlänge</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="100"/>
        <source>printer</source>
        <translation>tryckeri</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="100"/>
        <source>place</source>
        <translation>ort</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="100"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../fix_card.py" line="103"/>
        <source>Fill in %s.</source>
        <translation>Fyll i %s.</translation>
    </message>
</context>
<context>
    <name>FormatChange</name>
    <message>
        <location filename="../format_change.py" line="26"/>
        <source>Change format to %s</source>
        <translation>Byt format till %s</translation>
    </message>
    <message>
        <location filename="../format_change.py" line="41"/>
        <source>%1 frames moved to %2.</source>
        <translation>%1 ramar flyttade till %2.</translation>
    </message>
    <message>
        <location filename="../format_change.py" line="44"/>
        <source>No free frame for this content; it is kept with the layout and placed again when you change to a format with room for it:</source>
        <translation>Det här innehållet fick ingen ledig ram; det sparas med layouten och placeras igen när du byter till ett format med plats för det:</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../gallery.py" line="24"/>
        <source>Flyers</source>
        <translation>Flygblad</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="25"/>
        <source>Leaflets</source>
        <translation>Foldrar</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="26"/>
        <source>Posters</source>
        <translation>Affischer</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="27"/>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="28"/>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../gallery.py" line="124"/>
        <source>New from template</source>
        <translation>Nytt från mall</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="124"/>
        <source>Change format</source>
        <translation>Byt format</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="125"/>
        <source>Choose a format</source>
        <translation>Välj format</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="161"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="163"/>
        <source>Change the format of this document</source>
        <translation>Byt format i det här dokumentet</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="165"/>
        <source>Make a copy in the new format</source>
        <translation>Gör en kopia i nytt format</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="127"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="118"/>
        <source>Replace the format of this document instead of making a copy</source>
        <translation>Byt format i det här dokumentet i stället för att göra en kopia</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="136"/>
        <source>All formats</source>
        <translation>Alla format</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../translations_panel.py" line="57"/>
        <source>Language of the document: the page, warnings and preflight follow it</source>
        <translation>Dokumentets språk: sidan, varningarna och förhandskontrollen följer det</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="67"/>
        <source>%s – main language</source>
        <translation>%s – huvudspråk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Open &amp;recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>New layout from the template gallery</source>
        <translation>Ny layout från mallgalleriet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>New from &amp;template…</source>
        <translation>Ny från &amp;mall…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>Send to the &amp;print shop</source>
        <translation>Skicka till t&amp;ryckeriet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>Print PDF with your print shop&apos;s settings, next to the layout</source>
        <translation>Tryck-PDF med tryckeriets inställningar, bredvid layouten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>PNG pictures in every social-media format, next to the layout</source>
        <translation>PNG-bilder i alla format för sociala medier, bredvid layouten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>Organisation, printer, place and contact</source>
        <translation>Organisation, tryckeri, ort och kontakt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>Campaign pro&amp;file…</source>
        <translation>Kampanjprofi&amp;l…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>Open a saved layout</source>
        <translation>Öppna en sparad layout</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Save the layout</source>
        <translation>Spara layouten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Save the layout under a new name</source>
        <translation>Spara layouten med ett nytt namn</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Export print PDF, proof PDF or PNG</source>
        <translation>Exportera tryck-PDF, korrektur-PDF eller PNG</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>One zip with print PDF, preflight report, proof, job ticket and layout</source>
        <translation>En zip-fil med tryck-PDF, preflightrapport, korrektur, jobbsedel och layout</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>&amp;Change format…</source>
        <translation>&amp;Byt format…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>Move this layout&apos;s content to another template (magic resize)</source>
        <translation>Flytta layoutens innehåll till en annan mall (magisk storleksändring)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>E&amp;ditions…</source>
        <translation>&amp;Upplagor…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>Many versions of this layout at once</source>
        <translation>Många versioner av layouten på en gång</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>Open &amp;manifesto…</source>
        <translation>Öppna man&amp;ifest…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>Open or import another manifesto</source>
        <translation>Öppna eller importera ett annat manifest</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Save the corrected manifesto</source>
        <translation>Spara det rättade manifestet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Sa&amp;ve manifesto as…</source>
        <translation>Spara manifest som…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zooma in (Ctrl+hjul)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zooma ut (Ctrl+hjul)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>&amp;Fit page</source>
        <translation>&amp;Hela sidan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>Zoom to fit the page</source>
        <translation>Zooma så att hela sidan syns</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Verklig storlek (100 %)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>Real size on screen</source>
        <translation>Verklig storlek på skärmen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="325"/>
        <source>Show &amp;bleed</source>
        <translation>Visa utf&amp;all</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="325"/>
        <source>Show the bleed area</source>
        <translation>Visa utfallet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Show &amp;trim line</source>
        <translation>Visa s&amp;kärlinje</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Show the trim line</source>
        <translation>Visa skärlinjen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Show &amp;safe area</source>
        <translation>Visa säkerhets&amp;marginal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327"/>
        <source>Show the safe-area guide</source>
        <translation>Visa säkerhetsmarginalen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328"/>
        <source>Open the user guide (F1)</source>
        <translation>Öppna användarhandboken (F1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>&amp;About Campaign Designer</source>
        <translation>&amp;Om Kampanjdesigner</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329"/>
        <source>Version, licence and user guide</source>
        <translation>Version, licens och användarhandbok</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>To the print shop</source>
        <translation>Till tryckeriet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Manifesto</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <source>Tools</source>
        <translation>Verktyg</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343"/>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="353"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Cannot open the layout</source>
        <translation>Kan inte öppna layouten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Open layout</source>
        <translation>Öppna layout</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <location filename="../main_window.py" line="426"/>
        <source>Layouts (%s)</source>
        <translation>Layouter (%s)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>Save layout</source>
        <translation>Spara layout</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="436"/>
        <location filename="../main_window.py" line="540"/>
        <location filename="../main_window.py" line="667"/>
        <source>Cannot save</source>
        <translation>Kan inte spara</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>Saved %s</source>
        <translation>Sparade %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="456"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="457"/>
        <source>%s has changes that are not saved. Save them?</source>
        <translation>%s har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>Place section “%s”</source>
        <translation>Placera avsnittet ”%s”</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473"/>
        <source>Placed “%s” on the page</source>
        <translation>Placerade ”%s” på sidan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>Drop the text onto a text frame</source>
        <translation>Släpp texten på en textram</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="479"/>
        <source>Add text</source>
        <translation>Lägg till text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="518"/>
        <source>Cannot use this image</source>
        <translation>Bilden kan inte användas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527"/>
        <source>The text was shortened to fit the format; the whole section stays in the manifesto</source>
        <translation>Texten kortades för att få plats i formatet; hela avsnittet finns kvar i manifestet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="553"/>
        <source>Fill in the campaign profile</source>
        <translation>Fyll i kampanjprofilen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="576"/>
        <source>This is a screen format: use Pictures for social media</source>
        <translation>Det här är ett skärmformat: använd Bilder för sociala medier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="585"/>
        <source>Exporting %s …</source>
        <translation>Exporterar %s …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="605"/>
        <source>Exporting pictures for social media …</source>
        <translation>Exporterar bilder för sociala medier …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="612"/>
        <source>Saved %1 in %2</source>
        <translation>Sparade %1 i %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>Cannot read the manifesto</source>
        <translation>Kan inte läsa manifestet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="640"/>
        <source>Open manifesto</source>
        <translation>Öppna manifest</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="641"/>
        <source>Manifestos (*.json *.txt *.md *.docx *.odt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Manifest (*.json *.txt *.md *.docx *.odt *.html *.htm *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="661"/>
        <source>Save manifesto</source>
        <translation>Spara manifest</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="662"/>
        <source>Manifestos (*.json)</source>
        <translation>Manifest (*.json)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>About %s</source>
        <translation>Om %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="761"/>
        <source>User guide: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Användarhandbok: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="760"/>
        <source>The user guide is docs/gui.md in the source code.</source>
        <translation>Användarhandboken är docs/gui.md i källkoden.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="752"/>
        <source>Print-ready campaign material from a manifesto.</source>
        <translation>Tryckfärdigt kampanjmaterial från ett manifest.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="753"/>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Fri programvara under GNU General Public License, version 3 eller senare (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="773"/>
        <source>%s was closed without saving last time. Restore the unsaved work?</source>
        <translation>%s stängdes utan att spara förra gången. Vill du återställa det osparade arbetet?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="699"/>
        <source>Format changed</source>
        <translation>Formatet är bytt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Could not export</source>
        <translation>Kunde inte exportera</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>&amp;New from the manifesto…</source>
        <translation>&amp;Ny från manifestet…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Pick a manifesto section and a format: a filled layout</source>
        <translation>Välj ett avsnitt ur manifestet och ett format: en ifylld layout</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>P&amp;ictures for social media</source>
        <translation>Bilder &amp;för sociala medier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Pac&amp;kage for the print shop…</source>
        <translation>&amp;Paketera för tryckeriet…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="729"/>
        <source>Editions</source>
        <translation>Utgåvor</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="729"/>
        <source>Save the layout first: editions read their data and images relative to its folder.</source>
        <translation>Spara layouten först: utgåvor läser sina data och bilder i förhållande till dess mapp.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="786"/>
        <source>Cannot restore</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="794"/>
        <source>Unsaved work restored</source>
        <translation>Osparat arbete återställt</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="26"/>
        <source>Campaign Designer</source>
        <translation>Kampanjdesigner</translation>
    </message>
</context>
<context>
    <name>ManifestoPanel</name>
    <message>
        <location filename="../manifesto_panel.py" line="115"/>
        <source>Open another manifesto file…</source>
        <translation>Öppna en annan manifestfil…</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="116"/>
        <source>Search sections and text</source>
        <translation>Sök avsnitt och text</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="117"/>
        <source>Drag a section onto the page to fill it; drag a paragraph or point into a frame, or to another section in this list. Right-click to rename, split or merge.</source>
        <translation>Dra ett avsnitt till sidan för att fylla den; dra ett stycke eller en punkt till en ram, eller till ett annat avsnitt i listan. Högerklicka för att byta namn, dela eller slå ihop.</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="132"/>
        <source>(untitled: %s)</source>
        <translation>(utan rubrik: %s)</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="191"/>
        <source>Place on page</source>
        <translation>Placera på sidan</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="193"/>
        <source>Rename section…</source>
        <translation>Byt namn på avsnitt…</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="197"/>
        <source>Split section before this paragraph</source>
        <translation>Dela avsnittet före detta stycke</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="198"/>
        <source>Split section</source>
        <translation>Dela avsnitt</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="200"/>
        <source>Merge with next section</source>
        <translation>Slå ihop med nästa avsnitt</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="202"/>
        <source>Merge sections</source>
        <translation>Slå ihop avsnitt</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="204"/>
        <source>Move to section</source>
        <translation>Flytta till avsnitt</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="212"/>
        <location filename="../manifesto_panel.py" line="234"/>
        <source>Move item</source>
        <translation>Flytta text</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="238"/>
        <location filename="../manifesto_panel.py" line="241"/>
        <source>Rename section</source>
        <translation>Byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="238"/>
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../manifesto_panel.py" line="248"/>
        <source>Cannot change the manifesto</source>
        <translation>Kan inte ändra manifestet</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="16"/>
        <source>the file could not be written</source>
        <translation>filen gick inte att skriva</translation>
    </message>
    <message>
        <location filename="../messages.py" line="18"/>
        <source>the folder is read-only</source>
        <translation>mappen är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../messages.py" line="19"/>
        <location filename="../messages.py" line="20"/>
        <source>you may not write in this folder</source>
        <translation>du får inte skriva i den här mappen</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21"/>
        <location filename="../messages.py" line="22"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>%1 could not be written: %2. Choose another folder (or a shorter name) and try again.</source>
        <translation>%1 kunde inte skrivas: %2. Välj en annan mapp (eller ett kortare namn) och försök igen.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>Details: %s</source>
        <translation>Detaljer: %s</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../package_dialog.py" line="97"/>
        <location filename="../package_dialog.py" line="98"/>
        <source>Package for the print shop</source>
        <translation>Paketera för tryckeriet</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="99"/>
        <source>One zip file with the print PDF, the preflight report, a proof, a job ticket and the layout with its images — everything the print shop needs now, and you need to reorder next year.</source>
        <translation>En zip-fil med tryck-PDF, preflightrapport, korrektur, jobbsedel och layouten med sina bilder — allt tryckeriet behöver nu, och allt du behöver för att beställa igen nästa år.</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="102"/>
        <source>Printer</source>
        <translation>Tryckeri</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="103"/>
        <source>Quantity</source>
        <translation>Upplaga</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="104"/>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="105"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="106"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="107"/>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="109"/>
        <source>Create package</source>
        <translation>Skapa paket</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="112"/>
        <source>Save package as</source>
        <translation>Spara paketet som</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="133"/>
        <source>Packaging %s …</source>
        <translation>Paketerar %s …</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="149"/>
        <source>Done: %s</source>
        <translation>Klart: %s</translation>
    </message>
    <message>
        <location filename="../package_dialog.py" line="155"/>
        <source>Could not make the package: %s</source>
        <translation>Kunde inte skapa paketet: %s</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../profile_dialog.py" line="18"/>
        <source>Campaign profile</source>
        <translation>Kampanjprofil</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../properties_panel.py" line="208"/>
        <source>Text (one paragraph per line, points start with “• ”)</source>
        <translation>Text (ett stycke per rad, punkter börjar med ”• ”)</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="209"/>
        <source>Size min–max</source>
        <translation>Storlek min–max</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="210"/>
        <source>Alignment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="211"/>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="211"/>
        <source>Centre</source>
        <translation>Centrerad</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="212"/>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="212"/>
        <source>Justify</source>
        <translation>Marginaljusterad</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="214"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="215"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="216"/>
        <source>Choose image…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="217"/>
        <source>Fit</source>
        <translation>Anpassning</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="219"/>
        <source>Fill the frame (crop)</source>
        <translation>Fyll ramen (beskär)</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="220"/>
        <source>Fit inside the frame</source>
        <translation>Hela bilden i ramen</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="221"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="222"/>
        <source>Focus point: drag in the picture to choose what stays visible.</source>
        <translation>Fokuspunkt: dra i bilden för att välja vad som ska synas.</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="243"/>
        <source>Nothing selected</source>
        <translation>Inget markerat</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="244"/>
        <source>Click a frame on the page to change it.</source>
        <translation>Klicka på en ram på sidan för att ändra den.</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="253"/>
        <source>Locked by the template: %s</source>
        <translation>Låst av mallen: %s</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="280"/>
        <source>(no image)</source>
        <translation>(ingen bild)</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="313"/>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="321"/>
        <source>Change text size</source>
        <translation>Ändra textstorlek</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="324"/>
        <source>Change alignment</source>
        <translation>Ändra justering</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="327"/>
        <source>Change colour</source>
        <translation>Ändra färg</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="330"/>
        <source>Change image fit</source>
        <translation>Ändra bildanpassning</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="333"/>
        <source>Change image zoom</source>
        <translation>Ändra bildzoom</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="345"/>
        <source>Move focus point</source>
        <translation>Flytta fokuspunkt</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="348"/>
        <source>Choose image</source>
        <translation>Välj bild</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="349"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="359"/>
        <source>Cannot use this image</source>
        <translation>Kan inte använda bilden</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="361"/>
        <source>Change image</source>
        <translation>Byt bild</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../properties_panel.py" line="381"/>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="382"/>
        <source>Subheading</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="383"/>
        <source>Body text</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="384"/>
        <source>“We want” points</source>
        <translation>”Vi vill”-punkter</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="385"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="386"/>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="387"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="388"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="389"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="390"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="391"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="392"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="393"/>
        <source>QR code</source>
        <translation>QR-kod</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="394"/>
        <source>Printer line</source>
        <translation>Tryckort</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="395"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="396"/>
        <source>Decoration</source>
        <translation>Dekor</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="411"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="412"/>
        <source>size</source>
        <translation>storlek</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="413"/>
        <source>style</source>
        <translation>stil</translation>
    </message>
    <message>
        <location filename="../properties_panel.py" line="414"/>
        <source>content</source>
        <translation>innehåll</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../start_view.py" line="34"/>
        <source>e.g. Centerpartiet Borlänge</source>
        <translation>t.ex. Centerpartiet Borlänge</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="35"/>
        <source>e.g. Tryckeriet AB</source>
        <translation>t.ex. Tryckeriet AB</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="36"/>
        <source>e.g. Borlänge</source>
        <translation>t.ex. Borlänge</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="37"/>
        <source>e.g. borlange@centerpartiet.se</source>
        <translation>t.ex. borlange@centerpartiet.se</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="50"/>
        <source>Printer</source>
        <translation>Tryckeri</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="51"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="52"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="53"/>
        <source>Print shop preset</source>
        <translation>Tryckeriets inställning</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="72"/>
        <source>New from the manifesto</source>
        <translation>Ny från manifestet</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="75"/>
        <source>What do you want to make today?</source>
        <translation>Vad vill du göra i dag?</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="83"/>
        <source>1. A section of the manifesto</source>
        <translation>1. Ett avsnitt ur manifestet</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="84"/>
        <source>2. A format</source>
        <translation>2. Ett format</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="93"/>
        <source>3. Photo (optional)…</source>
        <translation>3. Foto (valfritt)…</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="95"/>
        <source>the template&apos;s photo</source>
        <translation>mallens foto</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="102"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="103"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="113"/>
        <source>About your campaign (asked once; used for the printer line and contact)</source>
        <translation>Om er kampanj (frågas en gång; används till tryckortsraden och kontakten)</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="156"/>
        <source>Choose a photo</source>
        <translation>Välj ett foto</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="157"/>
        <source>Images (%s)</source>
        <translation>Bilder (%s)</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../text_editor.py" line="66"/>
        <source>Editing text · one paragraph per line, “• ” starts a point · Esc closes</source>
        <translation>Redigerar text · ett stycke per rad, ”• ” inleder en punkt · Esc stänger</translation>
    </message>
    <message>
        <location filename="../text_editor.py" line="113"/>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <location filename="../translations_panel.py" line="142"/>
        <source>Translation:</source>
        <translation>Översättning:</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="143"/>
        <source>Add language…</source>
        <translation>Lägg till språk…</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="144"/>
        <source>Start a translation of this layout&apos;s text into another language</source>
        <translation>Börja översätta layoutens text till ett annat språk</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="145"/>
        <source>Translator:</source>
        <translation>Översättare:</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="146"/>
        <source>your name</source>
        <translation>ditt namn</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="147"/>
        <source>Frame</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="147"/>
        <source>Main text</source>
        <translation>Huvudtext</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="147"/>
        <source>Translation</source>
        <translation>Översättning</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="202"/>
        <source>Translated by %s</source>
        <translation>Översatt av %s</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="204"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="216"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="219"/>
        <source>changed since translated</source>
        <translation>ändrad sedan översättning</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="222"/>
        <source>does not fit</source>
        <translation>får inte plats</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="228"/>
        <source>Translations</source>
        <translation>Översättningar</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="259"/>
        <source>Choose a row to translate its text.</source>
        <translation>Välj en rad för att översätta dess text.</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="264"/>
        <source>%1 in %2:</source>
        <translation>%1 på %2:</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="276"/>
        <source>Translate text</source>
        <translation>Översätt text</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="286"/>
        <source>Add language</source>
        <translation>Lägg till språk</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="287"/>
        <source>Language (or a code such as fa-IR):</source>
        <translation>Språk (eller en kod som fa-IR):</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="294"/>
        <source>Cannot add the language</source>
        <translation>Språket kan inte läggas till</translation>
    </message>
    <message>
        <location filename="../translations_panel.py" line="296"/>
        <source>Add language %s</source>
        <translation>Lägg till språket %s</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../warnings_panel.py" line="64"/>
        <source>Printer:</source>
        <translation>Tryckeri:</translation>
    </message>
    <message numerus="yes">
        <location filename="../warnings_panel.py" line="80"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Varningar (%n)</numerusform>
            <numerusform>Varningar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../warnings_panel.py" line="80"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../warnings_panel.py" line="88"/>
        <source>Ready to print: nothing to fix.</source>
        <translation>Klart för tryck: inget att rätta.</translation>
    </message>
    <message>
        <location filename="../warnings_panel.py" line="89"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation>Klart att publicera: inget att rätta.</translation>
    </message>
    <message>
        <location filename="../warnings_panel.py" line="113"/>
        <source>can be fixed</source>
        <translation>kan rättas</translation>
    </message>
    <message>
        <location filename="../warnings_panel.py" line="140"/>
        <source>Fix “%s”</source>
        <translation>Rätta ”%s”</translation>
    </message>
</context>
</TS>
