"""Who said what: quote marks and frames (``quotes``), reported claims (``claims``), speakers
and references (``speakers``, ``entities``), reporting verbs, headline quotes that condense a
body quote (``condensed``); ``reading`` joins them."""
