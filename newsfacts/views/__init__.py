"""Views for editors: the article with its facts highlighted (terminal and HTML), and the
spreadsheet and database outputs a data desk opens in Excel or Datasette."""
