"""Who said what: quote marks and frames (``quotes``; a quote run over paragraphs,
``carried``), reported claims (``claims``), one quote or claim as the contract has it
(``mention``), speaker phrases (``speakers``), the people and bodies named (``entities``), what
references point back to (``resolver``), reporting verbs, each speaker's fullest written form
(``fullest``), headline quotes that condense a body quote (``condensed``); ``reading`` joins
them."""
