"""The three-way merge of issue 13 (domain/merge.py): every rule scripted, then random edits on two sides."""

from __future__ import annotations

import copy
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unnm_desktop.domain.merge import (
    ABSENT,
    ConflictKind,
    MergeResult,
    merge_lines,
    merge_records,
    split_lines,
)

NOTES = ("notes",)


def merge(base, ours, theirs) -> MergeResult:
    return merge_records(base, ours, theirs, line_fields=NOTES)


# --- records and fields ---------------------------------------------------------------------------------------


def test_unchanged_on_both_sides_stays():
    base = {"d1": {"title": "Göç", "owner": None}}
    result = merge(base, copy.deepcopy(base), copy.deepcopy(base))
    assert result.clean and result.merged == base


@pytest.mark.parametrize("theirs_changed", [False, True])
def test_a_field_changed_on_one_side_is_taken(theirs_changed):
    base = {"d1": {"title": "Göç", "owner": "IOM"}}
    changed = {"d1": {"title": "Göç yönetimi", "owner": "IOM"}}
    ours, theirs = (base, changed) if theirs_changed else (changed, base)
    result = merge(base, ours, theirs)
    assert result.clean
    assert result.merged == changed


def test_different_fields_changed_on_each_side_both_taken():
    base = {"d1": {"title": "Göç", "owner": "IOM", "due": "2026-01-01"}}
    ours = {"d1": {"title": "Göç yönetimi", "owner": "IOM", "due": "2026-01-01"}}
    theirs = {"d1": {"title": "Göç", "owner": "UNHCR", "due": "2026-01-01"}}
    result = merge(base, ours, theirs)
    assert result.clean
    assert result.merged == {"d1": {"title": "Göç yönetimi", "owner": "UNHCR", "due": "2026-01-01"}}


def test_the_same_change_on_both_sides_is_taken_once():
    base = {"d1": {"title": "Göç"}}
    both = {"d1": {"title": "Göç ve uyum"}}
    result = merge(base, copy.deepcopy(both), copy.deepcopy(both))
    assert result.clean and result.merged == both


def test_a_field_changed_differently_on_both_sides_is_a_conflict_and_ours_is_kept_meanwhile():
    base = {"d1": {"title": "Göç", "owner": "IOM"}}
    ours = {"d1": {"title": "Göç yönetimi", "owner": "IOM"}}
    theirs = {"d1": {"title": "Düzensiz göç", "owner": "UNHCR"}}
    result = merge(base, ours, theirs)
    assert not result.clean
    [conflict] = result.conflicts
    assert (conflict.record, conflict.field) == ("d1", "title")
    assert (conflict.ours, conflict.theirs, conflict.base) == ("Göç yönetimi", "Düzensiz göç", "Göç")
    assert conflict.kind is ConflictKind.CHANGED_ON_BOTH
    assert result.merged == {"d1": {"title": "Göç yönetimi", "owner": "UNHCR"}}


def test_values_of_different_types_are_not_the_same_change():
    result = merge({"r": {"n": 0}}, {"r": {"n": 1}}, {"r": {"n": True}})
    assert [c.field for c in result.conflicts] == ["n"]


def test_none_is_a_value_and_a_missing_field_is_absent():
    base = {"r": {"owner": "IOM", "due": "2026-01-01"}}
    ours = {"r": {"owner": None, "due": "2026-01-01"}}  # cleared
    theirs = {"r": {"owner": "IOM"}}  # the field removed
    result = merge(base, ours, theirs)
    assert result.clean
    assert result.merged == {"r": {"owner": None}}
    conflict = merge(base, ours, {"r": {"due": "2026-01-01"}}).conflicts[0]
    assert (conflict.field, conflict.ours, conflict.theirs, conflict.base) == ("owner", None, ABSENT, "IOM")


@pytest.mark.parametrize("deleted_by", ["ours", "theirs"])
def test_a_record_deleted_on_one_side_and_unchanged_on_the_other_is_deleted(deleted_by):
    base = {"a": {"title": "x"}, "b": {"title": "y"}}
    kept = copy.deepcopy(base)
    deleted = {"b": {"title": "y"}}
    ours, theirs = (deleted, kept) if deleted_by == "ours" else (kept, deleted)
    result = merge(base, ours, theirs)
    assert result.clean and result.merged == deleted


def test_a_record_deleted_on_both_sides_is_deleted():
    result = merge({"a": {"title": "x"}}, {}, {})
    assert result.clean and result.merged == {}


def test_edited_by_theirs_deleted_by_ours_is_a_record_conflict_and_stays_deleted_meanwhile():
    base = {"a": {"title": "Göç", "notes": "bir\n"}}
    theirs = {"a": {"title": "Göç", "notes": "bir\niki\n"}}
    result = merge(base, {}, theirs)
    [conflict] = result.conflicts
    assert (conflict.record, conflict.field, conflict.kind) == ("a", None, ConflictKind.EDITED_AND_DELETED)
    assert conflict.ours is ABSENT
    assert conflict.theirs == theirs["a"] and conflict.base == base["a"]
    assert result.merged == {}


def test_edited_by_ours_deleted_by_theirs_is_a_record_conflict_and_ours_is_kept_meanwhile():
    base = {"a": {"title": "Göç"}}
    ours = {"a": {"title": "Göç yönetimi"}}
    result = merge(base, ours, {})
    [conflict] = result.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs, conflict.base) == (None, ours["a"], ABSENT, base["a"])
    assert result.merged == ours


def test_a_conflict_holds_a_copy_that_later_edits_do_not_change():
    ours = {"a": {"title": "Göç yönetimi"}}
    conflict = merge({"a": {"title": "Göç"}}, ours, {}).conflicts[0]
    ours["a"]["title"] = "changed afterwards"
    assert conflict.ours == {"title": "Göç yönetimi"}
    with pytest.raises(TypeError):
        conflict.ours["title"] = "x"  # type: ignore[index]


def test_records_created_on_one_side_are_taken_from_either():
    result = merge({}, {"a": {"title": "ours"}}, {"b": {"title": "theirs"}})
    assert result.clean and result.merged == {"a": {"title": "ours"}, "b": {"title": "theirs"}}


def test_the_same_record_created_on_both_sides_merges_field_by_field():
    ours = {"p": {"name": "Işık Yılmaz", "org": "IOM", "email": "isik@iom.int"}}
    theirs = {"p": {"name": "Işık Yılmaz", "org": "UNHCR", "phone": "+90"}}
    result = merge({}, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.record, conflict.field, conflict.kind) == ("p", "org", ConflictKind.CREATED_ON_BOTH)
    assert (conflict.ours, conflict.theirs, conflict.base) == ("IOM", "UNHCR", ABSENT)
    assert result.merged == {"p": {"name": "Işık Yılmaz", "org": "IOM", "email": "isik@iom.int", "phone": "+90"}}


def test_identical_records_created_on_both_sides_are_one():
    record = {"name": "Ömer Çelik"}
    result = merge({}, {"p": dict(record)}, {"p": dict(record)})
    assert result.clean and result.merged == {"p": record}


def test_the_merge_does_not_change_its_inputs():
    base = {"a": {"title": "x", "notes": "1\n"}}
    ours = {"a": {"title": "y", "notes": "0\n1\n"}}
    theirs = {"a": {"title": "z", "notes": "1\n2\n"}, "b": {"title": "new"}}
    snapshot = copy.deepcopy((base, ours, theirs))
    result = merge(base, ours, theirs)
    result.merged["a"]["title"] = "mutated"  # type: ignore[index]
    assert (base, ours, theirs) == snapshot


# --- notes, line by line --------------------------------------------------------------------------------------


def test_notes_changed_in_different_places_merge():
    base = {"m": {"notes": "Açılış\nGündem\nKapanış\n"}}
    ours = {"m": {"notes": "Açılış — Işık\nGündem\nKapanış\n"}}
    theirs = {"m": {"notes": "Açılış\nGündem\nKapanış 17:00\n"}}
    result = merge(base, ours, theirs)
    assert result.clean
    assert result.merged["m"]["notes"] == "Açılış — Işık\nGündem\nKapanış 17:00\n"


def test_notes_lines_added_on_both_sides_in_different_places_merge():
    base = "1\n2\n3\n4\n"
    assert merge_lines(base, "0\n1\n2\n3\n4\n", "1\n2\n3\n4\n5\n") == "0\n1\n2\n3\n4\n5\n"
    assert merge_lines(base, "1\n2\nx\n3\n4\n", "1\n3\n4\n") == "1\nx\n3\n4\n"


def test_notes_hunks_that_touch_without_overlapping_merge():
    base = "a\nb\nc\nd\n"
    # ours rewrites a-b, theirs rewrites c-d: they meet between b and c.
    assert merge_lines(base, "A\nB\nc\nd\n", "a\nb\nC\nD\n") == "A\nB\nC\nD\n"
    # theirs inserts right after the lines ours deleted.
    assert merge_lines(base, "c\nd\n", "a\nb\nnew\nc\nd\n") == "new\nc\nd\n"


def test_notes_the_same_change_on_both_sides_collapses():
    base = "a\nb\nc\n"
    assert merge_lines(base, "a\nB\nc\n", "a\nB\nc\n") == "a\nB\nc\n"
    # the same change, and one more on one side only
    assert merge_lines(base, "a\nB\nc\n", "a\nB\nC\n") == "a\nB\nC\n"


def test_notes_changed_differently_on_the_same_line_are_a_conflict_with_whole_texts():
    base = {"m": {"notes": "Açılış\nGündem\nKapanış\n"}}
    ours = {"m": {"notes": "Açılış\nGündem: göç\nKapanış\n"}}
    theirs = {"m": {"notes": "Açılış\nGündem: uyum\nKapanış\n"}}
    result = merge(base, ours, theirs)
    [conflict] = result.conflicts
    assert (conflict.record, conflict.field) == ("m", "notes")
    assert (conflict.ours, conflict.theirs, conflict.base) == (
        ours["m"]["notes"],
        theirs["m"]["notes"],
        base["m"]["notes"],
    )
    assert result.merged["m"]["notes"] == ours["m"]["notes"]


def test_notes_inserted_at_the_same_point_differently_are_a_conflict():
    assert merge_lines("a\nb\n", "a\nx\nb\n", "a\ny\nb\n") is None


def test_notes_a_deletion_overlapping_an_edit_is_a_conflict():
    assert merge_lines("a\nb\nc\n", "a\nc\n", "a\nB\nc\n") is None


def test_a_field_not_listed_as_lines_conflicts_as_a_whole():
    base = {"m": {"title": "a\nb\n"}}
    result = merge_records(base, {"m": {"title": "A\nb\n"}}, {"m": {"title": "a\nB\n"}})
    assert [c.field for c in result.conflicts] == ["title"]


def test_notes_deleted_on_one_side_and_edited_on_the_other_is_a_conflict():
    base = {"m": {"notes": "a\n"}}
    result = merge(base, {"m": {}}, {"m": {"notes": "a\nb\n"}})
    [conflict] = result.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == ("notes", ABSENT, "a\nb\n")


def test_notes_created_on_both_sides_merge_only_when_equal():
    assert merge({}, {"m": {"notes": "x\n"}}, {"m": {"notes": "x\n"}}).clean
    assert not merge({}, {"m": {"notes": "x\n"}}, {"m": {"notes": "y\n"}}).clean


def test_a_missing_final_newline_is_kept_and_counted():
    base = "a\nb"
    assert merge_lines(base, "A\nb", "a\nb\nc") == "A\nb\nc"
    assert merge_lines(base, "A\nb", "a\nB") == "A\nB"
    assert merge_lines(base, "A\nb", "a\nb\n") == "A\nb\n"
    assert merge_lines("a\nb\n", "A\nb\n", "a\nb") == "A\nb"
    # both append after a last line without a newline: both change that line
    assert merge_lines(base, "a\nb\nc", "a\nb\nd") is None


def test_a_line_added_after_a_last_line_without_newline_does_not_glue_onto_it():
    # theirs adds a line after "Açılış\n"; ours rewrites that line as "Göç" with no final newline
    assert merge_lines("Açılış\n", "Göç", "Açılış\nGündem\n") == "Göç\nGündem"
    assert merge_lines("a\nb", "a\nB", "a\nb\n") == "a\nB\n"
    assert merge_lines("a\nb\n", "a\nB", "A\nb\n") == "A\nB"


def test_empty_texts():
    assert merge_lines("", "a\n", "") == "a\n"
    assert merge_lines("a\n", "", "a\n") == ""
    assert merge_lines("", "a\n", "b\n") is None
    assert merge_lines("a\nb\n", "", "a\nB\n") is None


def test_turkish_arabic_and_emoji_pass_through_byte_exact():
    base = "İstanbul toplantısı\r\nمرحبا بالعالم\nÇalışma grubu 🎉\n"
    ours = "İstanbul toplantısı — ŞĞÜÖÇIı\r\nمرحبا بالعالم\nÇalışma grubu 🎉\n"
    theirs = "İstanbul toplantısı\r\nمرحبا بالعالم\u200f — الهجرة\nÇalışma grubu 🎉👍🏽\n"
    merged = merge_lines(base, ours, theirs)
    expected = "İstanbul toplantısı — ŞĞÜÖÇIı\r\nمرحبا بالعالم\u200f — الهجرة\nÇalışma grubu 🎉👍🏽\n"
    assert merged is not None
    assert merged.encode("utf-8") == expected.encode("utf-8")


def test_only_line_feed_ends_a_line():
    text = "a\u2028b\x85c\rd\r\ne"
    assert split_lines(text) == ["a\u2028b\x85c\rd\r\n", "e"]
    assert "".join(split_lines(text)) == text


# --- properties: random edits on two sides ---------------------------------------------------------------------

LINE_POOL = ("Açılış\n", "Gündem\n", "ığüşöç\n", "مرحبا\n", "🎉\n", "x\n", "y\n", "son")
VALUE_POOL = ("Göç", "Işık", "", None, 0, 1, "الهجرة")
FIELDS = ("title", "owner", "notes")

lines = st.sampled_from(LINE_POOL)
notes = st.lists(lines, max_size=6).map("".join)
values = st.sampled_from(VALUE_POOL)
records = st.fixed_dictionaries({"title": values, "notes": notes}, optional={"owner": values})
keys = st.integers(0, 3)
positions = st.integers(0, 8)


def line_edits(record_keys: st.SearchStrategy[int]) -> st.SearchStrategy[tuple]:
    return st.one_of(
        st.tuples(st.just("insert_line"), record_keys, positions, lines),
        st.tuples(st.just("delete_line"), record_keys, positions),
        st.tuples(st.just("replace_line"), record_keys, positions, lines),
    )


edits = st.one_of(
    st.tuples(st.just("set"), keys, st.sampled_from(FIELDS), values),
    st.tuples(st.just("unset"), keys, st.sampled_from(FIELDS)),
    st.tuples(st.just("delete"), keys),
    st.tuples(st.just("create"), keys, records),
    line_edits(keys),
)
bases = st.dictionaries(keys, records, max_size=3)


def edited(base: dict, steps: list[tuple]) -> dict:
    result = copy.deepcopy(base)
    for kind, key, *args in steps:
        if kind == "create":
            result.setdefault(key, copy.deepcopy(args[0]))
            continue
        record = result.get(key)
        if record is None:
            continue
        if kind == "set":
            record[args[0]] = args[1]
        elif kind == "unset":
            record.pop(args[0], None)
        elif kind == "delete":
            del result[key]
        elif isinstance(record.get("notes"), str):
            text = split_lines(record["notes"])
            at = args[0] % (len(text) + 1)
            if kind == "insert_line":
                text.insert(at, args[1])
            elif at < len(text):
                text[at : at + 1] = [] if kind == "delete_line" else [args[1]]
            record["notes"] = "".join(text)
    return result


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def typed_lines(before: object, after: object) -> Counter:
    """Lines a side has more of than the base: what it typed into a note."""
    if not isinstance(after, str):
        return Counter()
    return line_texts(after) - line_texts(before if isinstance(before, str) else "")


def line_texts(text: str) -> Counter:
    """The lines of a text without their final newline, which is merged apart (a last line may lose or gain it)."""
    return Counter(line.removesuffix("\n") for line in split_lines(text))


def assert_nothing_typed_is_lost(base: dict, side: dict, result: MergeResult) -> None:
    """Each change a side made is in the merge, or in a listed conflict that carries that side's full value."""
    record_conflicts = {c.record: c for c in result.conflicts if c.field is None}
    field_conflicts = {(c.record, c.field): c for c in result.conflicts if c.field is not None}
    for key in set(base) | set(side):
        base_record, side_record = base.get(key, ABSENT), side.get(key, ABSENT)
        if key in record_conflicts:
            conflict = record_conflicts[key]
            assert side_record in (conflict.ours, conflict.theirs)
            assert conflict.base == base_record
            continue
        if side_record is ABSENT or side_record == base_record:
            continue  # deleted or left as it was: nothing typed
        assert key in result.merged, "a record a side kept or created vanished without a conflict"
        merged_record = result.merged[key]
        for name, value in side_record.items():
            base_value = base_record.get(name, ABSENT) if base_record is not ABSENT else ABSENT
            if value == base_value and type(value) is type(base_value):
                continue
            if (key, name) in field_conflicts:
                conflict = field_conflicts[(key, name)]
                assert value in (conflict.ours, conflict.theirs)
                assert (conflict.base == base_value) and type(conflict.base) is type(base_value)
                continue
            merged_value = merged_record.get(name, ABSENT)
            if name == "notes" and isinstance(merged_value, str):
                assert not typed_lines(base_value, value) - line_texts(merged_value)
            else:
                assert merged_value == value and type(merged_value) is type(value)


@PROPERTY_SETTINGS
@given(base=bases, our_steps=st.lists(edits, max_size=6), their_steps=st.lists(edits, max_size=6))
def test_random_edits_on_two_sides(base, our_steps, their_steps):
    ours, theirs = edited(base, our_steps), edited(base, their_steps)
    result = merge(base, ours, theirs)
    swapped = merge(base, theirs, ours)

    # Which places conflict does not depend on which side is called ours.
    conflicts = {(c.record, c.field): (c.ours, c.theirs, c.base, c.kind) for c in result.conflicts}
    mirrored = {(c.record, c.field): (c.theirs, c.ours, c.base, c.kind) for c in swapped.conflicts}
    assert conflicts == mirrored

    # Nothing typed on either side is lost: merged, or carried whole by a conflict.
    assert_nothing_typed_is_lost(base, ours, result)
    assert_nothing_typed_is_lost(base, theirs, result)

    if result.clean:
        assert swapped.merged == result.merged  # symmetric: the order of the sync does not matter
        # one side already has it all: the other side takes it as it is
        assert merge(ours, ours, result.merged).merged == result.merged
        assert merge(result.merged, result.merged, result.merged).merged == result.merged
    else:
        # ours is what the merged mapping holds provisionally
        for conflict in result.conflicts:
            if conflict.field is None:
                assert result.merged.get(conflict.record, ABSENT) == conflict.ours
            else:
                assert result.merged.get(conflict.record, {}).get(conflict.field, ABSENT) == conflict.ours


@PROPERTY_SETTINGS
@given(
    base=st.lists(lines, max_size=8),
    our_steps=st.lists(line_edits(st.just(0)), max_size=5),
    their_steps=st.lists(line_edits(st.just(0)), max_size=5),
)
def test_random_note_edits_merge_symmetrically_and_keep_typed_lines(base, our_steps, their_steps):
    base_text = "".join(base)
    start = {0: {"title": "", "notes": base_text}}
    ours = edited(start, our_steps)[0]["notes"]
    theirs = edited(start, their_steps)[0]["notes"]
    merged = merge_lines(base_text, ours, theirs)
    assert merge_lines(base_text, theirs, ours) == merged
    if merged is not None:
        for side in (ours, theirs):
            assert not typed_lines(base_text, side) - line_texts(merged)
        assert merge_lines(merged, merged, merged) == merged
        assert merge_lines(ours, ours, merged) == merged
