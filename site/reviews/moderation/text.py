"""Text normalisation and similarity shared by the rules and the statistics."""

import re
import unicodedata

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
WORD = re.compile(r"[a-z]+")


def normalise(text: str) -> str:
    """Lower case, accents removed, leetspeak undone, repeated letters collapsed (fuuuck → fuck)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(LEET)
    return re.sub(r"(.)\1{2,}", r"\1", text)


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    tokens = words(text)
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[index : index + size]) for index in range(len(tokens) - size + 1)}


def jaccard(first: set, second: set) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
