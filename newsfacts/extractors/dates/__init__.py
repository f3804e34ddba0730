"""Dates as the article writes them and as they resolve: the mention (``mention``), the
reading of expressions (``reading``), calendar arithmetic (``rules``), ranges, weeks and
holidays."""
