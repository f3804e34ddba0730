"""Output: the formats (``output``), the terminal tables and the article view (``terminal``,
``marks``), the HTML report, Excel CSV, the SQLite database, and the checks' sentences."""
