"""The data tables and their examples agree, both ways: every example is read as its entry,
and every entry has examples."""
import pytest

from danchieu.extract import extract
from danchieu.extract.context import body_named
from danchieu.extract.normalize import fold_key
from danchieu.extract.model import Span
from danchieu.extract.relations import find_cue, passive_before
from danchieu.extract.pipeline import prepare
from danchieu.extract.symbols import forms, parse_symbol
from danchieu.extract.tables import PASSIVE_RELATIONS, tables, type_by_word

T = tables()


@pytest.mark.parametrize("table,entries", [
    ("types", T.types), ("issuers", T.issuers), ("bodies", T.bodies), ("cues", T.cues),
    ("forms", forms())])
def test_every_entry_has_examples(table, entries):
    assert entries, table
    assert all(entry.examples for entry in entries), [e for e in entries if not e.examples]


@pytest.mark.parametrize("form,example,canonical",
                         [(f.name, ex, can) for f in forms() for ex, can in f.examples])
def test_form_examples_match_their_form_whole(form, example, canonical):
    symbol = parse_symbol(example)
    assert symbol is not None, example
    assert (symbol.form, symbol.canonical) == (form, canonical)


@pytest.mark.parametrize("doc_type,example", [(t.word, ex) for t in T.types for ex in t.examples])
def test_type_examples_read_as_their_type(doc_type, example):
    citations = extract(example)
    assert citations, example
    assert citations[-1].type == doc_type


def test_type_words_and_aliases_are_unambiguous():
    words = [fold_key(w) for t in T.types for w in (t.word, *t.aliases)]
    assert len(words) == len(set(words))
    assert set(words) == set(type_by_word())


@pytest.mark.parametrize("code,example", [(c.code, ex) for c in T.issuers for ex in c.examples])
def test_issuer_examples_carry_their_code(code, example):
    symbol = parse_symbol(example)
    assert symbol is not None, example
    orgs = [o.rstrip("0123456789") if o.startswith(("QH", "UBTVQH")) else o for o in symbol.orgs]
    assert code in orgs


@pytest.mark.parametrize("name,example", [(b.name, ex) for b in T.bodies for ex in b.examples])
def test_body_examples_name_their_body(name, example):
    body = body_named(example)
    assert body is not None and body.name == name, example


@pytest.mark.parametrize("relation,example", [(c.relation, ex) for c in T.cues for ex in c.examples])
def test_cue_examples_give_their_relation(relation, example):
    text = prepare(example + " ")
    found = find_cue(text, 0, len(example) + 1, [])
    assert found is not None and found[0] == relation, example


def test_every_relation_has_a_cue():
    from danchieu.extract.model import RELATIONS
    assert {c.relation for c in T.cues} == set(RELATIONS)


def test_first_letters_of_cue_patterns():
    """The cue scan only tries positions starting with a letter a cue can start with."""
    from danchieu.extract.tables import first_letters
    assert first_letters("(?:tong ket|so ket|danh gia)(?: \\S+){0,6}?") == {"t", "s", "d"}
    with pytest.raises(ValueError):
        first_letters("(?:neu )?tai")
    for cue in tables().cues:
        assert first_letters(cue.pattern) <= set("abcdefghijklmnopqrstuvwxyz")


# ---- headers.toml: what ends a header's title ----------------------------------------------

from danchieu.extract.header import body_opener, names_signer  # noqa: E402


@pytest.mark.parametrize("line", T.title_openers.examples)
def test_opener_examples_start_a_body(line):
    assert body_opener().match(line), line


@pytest.mark.parametrize("line", T.title_offices.examples)
def test_office_examples_name_who_decides(line):
    assert line.isupper() and names_signer(line), line


def test_every_title_word_has_an_example():
    openers, offices = T.title_openers, T.title_offices
    assert [w for w in openers.words if not any(e.startswith(w) for e in openers.examples)] == []
    folded = [fold_key(e) for e in offices.examples]
    assert [w for w in offices.words
            if not any(f.startswith(fold_key(w) + " ") for f in folded)] == []


@pytest.mark.parametrize("line", ["CĂN CỨ PHÁP LÝ", "THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW", "Xétnghiệm",
                                  "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH VÀ CÁC SỞ, NGÀNH LIÊN QUAN"])
def test_lines_that_do_not_end_a_title(line):
    # an opener in capitals goes on with a title in capitals, an opener must be a whole word,
    # and a body with more than its place after it is part of a title
    assert not (body_opener().match(line) or names_signer(line)), line


@pytest.mark.parametrize("example,relation", T.passive.examples)
def test_passive_examples_turn_their_relation_round(example, relation):
    """Each example, before a citation, is read as a passive of its relation."""
    text = prepare(example + " Nghị định số 1/2020/NĐ-CP")
    assert passive_before(text, 0, len(example) + 1) == (relation, Span(0, len(example) + 1))


def test_every_passive_agent_and_relation_has_an_example():
    import re
    folded = [fold_key(e) for e, _ in T.passive.examples]
    for agent in T.passive.agent_words() + T.passive.amending_agent_words():
        assert any(re.search(rf"\b{agent}$", f) for f in folded), agent
    assert {r for _, r in T.passive.examples} == set(PASSIVE_RELATIONS)


def test_every_amending_agent_example_holds_an_amending_verb():
    """The quick test before the passive's search looks for these verbs with "theo"."""
    from danchieu.extract.relations import AMENDING_VERBS, _amending_agent_words
    for example, _ in T.passive.examples:
        folded = fold_key(example)
        if folded.split()[-1] in _amending_agent_words():
            assert any(v in folded for v in AMENDING_VERBS), example


@pytest.mark.parametrize("phrase", ["được thực hiện theo", "đã được phê duyệt theo", "được hướng dẫn theo",
                                    "được cụ thể hóa theo"])
def test_the_amending_agent_follows_only_amending_verbs(phrase):
    """ "theo" after another verb says how, not by what: no passive."""
    text = prepare(phrase + " Nghị định số 1/2020/NĐ-CP")
    assert passive_before(text, 0, len(phrase) + 1) is None


def test_a_passive_is_only_read_right_before_the_citation():
    text = prepare("đã được sửa đổi, bổ sung bởi nhiều văn bản khác và Nghị định số 1/2020/NĐ-CP")
    assert passive_before(text, 0, text.view.index("Nghị")) is None


def test_every_body_sharing_a_code_is_a_body_of_the_table():
    bodies = {b.name for b in T.bodies}
    shared = [(c.code, b) for c in T.issuers for b in c.shared_by]
    assert shared and all(b in bodies for _, b in shared), [s for s in shared if s[1] not in bodies]


def test_distinct_bodies_are_central_party_bodies_of_the_TW_code():
    distinct = {b.name for b in T.bodies if b.distinct}
    assert len(distinct) >= 2     # one body alone contradicts nothing
    assert all(b.level == "Trung ương" and b.family == "party" for b in T.bodies if b.distinct)
    tw = next(c for c in T.issuers if c.code == "TW")
    assert distinct <= {tw.body, *tw.shared_by}


def test_renamed_provinces_are_provinces_both_ways():
    assert T.renamed and all(old in T.provinces and new in T.provinces for old, new in T.renamed.items())
