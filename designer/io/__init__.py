"""Reading and writing the project's files: versioned JSON, atomic saves, located errors."""
