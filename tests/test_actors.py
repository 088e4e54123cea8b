"""Actors: the knowledge base, linking with clitics and variants, roles and countries."""

import duckdb
import pytest

from lib.kb import alias_key, load_kb

PEOPLE = {
    "john_kerry": ("John Kerry", "foreign minister", "usa"),
    "sergey_lavrov": ("Sergey Lavrov", "foreign minister", "russia"),
    "qadri_jamil": ("Qadri Jamil", "deputy prime minister", "syria"),
    "alexander_lukashevich": ("Alexander Lukashevich", "spokesperson", "russia"),
    "lakhdar_brahimi": ("Lakhdar Brahimi", "envoy", "un"),
    "ban_ki_moon": ("Ban Ki-moon", "secretary-general", "un"),
    "staffan_de_mistura": ("Staffan de Mistura", "envoy", "un"),
    "john_kirby": ("John Kirby", "spokesperson", "usa"),
    "ashton_carter": ("Ashton Carter", "defence minister", "usa"),
    "jessy_chahine": ("Jessy Chahine", "spokesperson", "un"),
    "maria_zakharova": ("Maria Zakharova", "spokesperson", "russia"),
    "mark_toner": ("Mark Toner", "deputy spokesperson", "usa"),
    "vladimir_putin": ("Vladimir Putin", "president", "russia"),
    "bashar_al_assad": ("Bashar al-Assad", "president", "syria"),
    "barack_obama": ("Barack Obama", "president", "usa"),
    "muammar_gaddafi": ("Muammar Gaddafi", "leader", "libya"),
}
CITIES = ["Geneva", "London", "Moscow", "New York", "Washington", "Paris", "Riyadh", "Aleppo", "Ankara", "Vienna"]


@pytest.fixture(scope="module")
def actors(seed_store):
    with duckdb.connect(str(seed_store), read_only=True) as con:
        return con.execute("SELECT actor_id, name_en, type, role, country FROM actors").df()


def test_the_seeds_people_are_actors_once_with_type_role_and_country(actors):
    for actor_id, (name, role, country) in PEOPLE.items():
        rows = actors[actors["name_en"] == name]
        assert len(rows) == 1, name
        row = rows.iloc[0]
        assert (row.actor_id, row.type, row.role, row.country) == (actor_id, "person", role, country)


def test_no_other_person_carries_a_seed_person_name(actors):
    people = actors[actors["type"] == "person"]
    for name in ("لافروف", "كيري", "جميل", "كيربي", "زخاروفا", "تونر"):
        others = people[~people["actor_id"].isin(PEOPLE) & people["actor_id"].str.contains(name)]
        assert others.empty, others


def test_the_seeds_cities_are_cities_and_countries_countries(actors):
    by_name = dict(zip(actors["name_en"], actors["type"], strict=True))
    for city in CITIES:
        assert by_name.get(city) == "city", city
    assert by_name["Russia"] == by_name["Syria"] == by_name["United States"] == "country"


def test_clitics_and_spellings_reach_the_same_actor():
    kb = load_kb()
    assert kb.aliases[alias_key("سوريا")] == kb.aliases[alias_key("سورية")] == "syria"
    assert kb.aliases[alias_key("الاسد")] == kb.aliases[alias_key("الأسد")] == "bashar_al_assad"
    assert kb.aliases[alias_key("دي ميستورا")] == kb.aliases[alias_key("ستيفان دي ميستورا")]
    assert alias_key("الأميركي") != alias_key("الأمريكي")
    assert kb.demonyms["الاميركي"] == kb.demonyms["الامريكي"] == "usa"


@pytest.mark.parametrize("sentence, actor_id", [
    ("وقال ولافروف كلاما", "sergey_lavrov"),
    ("واتصل لكيري مساعده", "john_kerry"),
    ("وصل الوفد بجنيف أمس", "geneva"),
    ("وعاد وموسكو تنتظر", "moscow"),
    ("في رسالة للأمم المتحدة", "un"),
])
def test_a_clitic_on_a_name_is_not_part_of_the_mention(pipeline, sentence, actor_id):
    from lib.records import Article

    result = pipeline.process(Article("t", sentence))
    mention = next(m for m in result.mentions if m.actor_id == actor_id)
    # للأمم = ل + the article (its alef dropped): the mention keeps the article's lam
    assert mention.text in ("لافروف", "كيري", "جنيف", "موسكو", "لأمم المتحدة")
    assert sentence[mention.start:mention.end] == mention.text


def test_a_surname_joins_the_full_name_of_the_same_article(processed):
    jamil = [m for m in processed["000_3e683ebdcf5b2f8c"].mentions if m.actor_id == "qadri_jamil"]
    assert {m.text for m in jamil} >= {"قدري جميل", "جميل"}


def test_title_only_mentions_resolve_in_context(processed):
    mentions = processed["000_3e683ebdcf5b2f8c"].mentions
    title = next(m for m in mentions if m.label == "TITLE" and m.text.startswith("وزير الخارجية الأميركي"))
    assert title.actor_id == "john_kerry"


def test_a_new_person_takes_role_and_country_from_the_adjacent_title(pipeline):
    from lib.records import Article

    text = "وقال الناطق باسم الخارجية الروسية يوري أوشاكوفيتش للصحافيين إن الاجتماع سيعقد في موعده."
    result = pipeline.process(Article("t", text))
    person = [a for a in result.actors.values() if a.type == "person" and not a.in_kb]
    assert len(person) == 1
    assert (person[0].role, person[0].country) == ("spokesperson", "russia")
    assert result.statements and result.statements[0].speaker_id == person[0].actor_id


def test_agencies_quoted_as_channels_are_organisations(actors):
    types = dict(zip(actors["actor_id"], actors["type"], strict=True))
    assert types["reuters"] == types["interfax"] == types["afp"] == "organization"


def test_demonyms_give_a_country_but_are_no_mentions(pipeline):
    from lib.records import Article

    text = "دعا وزير الخارجية الروسي إلى دعم المعارضة السورية في سورية."
    result = pipeline.process(Article("t", text))
    assert [m.text for m in result.mentions if m.actor_id == "syria"] == ["سورية"]
    assert not any(m.actor_id == "russia" for m in result.mentions)


@pytest.mark.parametrize("byline", ["فايز الحسيكي – عين اليوم", "ناصر الطميحي - جدة", "واس - الرياض"])
def test_a_byline_names_the_writer_who_is_no_actor_of_the_story(pipeline, byline):
    from lib.records import Article

    text = byline + "\nقالت المعلمة إنها ستعتصم خارج الجامعة، وهددت بالاعتصام مرة أخرى.\nوقال أمير منطقة جدة إن التحقيق مستمر."
    processed = pipeline.process(Article("t", text))
    assert not [m for m in processed.mentions if m.start < len(byline)], processed.mentions
    assert "person:فايز_الحسيكي" not in processed.actors and "person:ناصر_الطميحي" not in processed.actors
    assert all(s.speaker_id is None for s in processed.statements if "اعتصام" in s.text)


def test_a_heading_that_names_its_subject_is_no_byline(pipeline):
    from lib.records import Article

    processed = pipeline.process(Article("t", "معتز التلا - ممثل سوري\nقال معتز التلا إن الفن رسالة."))
    assert "person:معتز_التلا" in processed.actors
    assert any(m.start == 0 for m in processed.mentions)
