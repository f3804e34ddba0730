"""The extractors: numbers and money (``numerals``, ``money``, ``percentages``), dates
(``dates/``), who said what (``speech/``), and the attribution of figures to speakers."""
