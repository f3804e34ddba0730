"""The page: what each line of a pasted page is (``layout``), and the article the extractors
read, its paragraphs, sentences and morphemes (``article``)."""
