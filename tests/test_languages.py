"""Languages: each article's language is detected; one without a pipeline is stored, not analysed, and reported.

The Persian, Russian and Spanish paragraphs are written for these tests (short
news paragraphs, the kind monitors read); the English ones are cut from the
public-domain VOA stories in ``../shared/corpora`` when it is there.
"""

from __future__ import annotations

import json
import re

import pytest

import tally
from tally.cli import cli
from tally.errors import ConfigError
from tally.nlp.language import detect
from tally.records import RECORD_KINDS
from tally.settings import LANGUAGE_SURE, Settings
from tally.store import Store
from tests.conftest import ROOT

PERSIAN = [
    "نیروهای امنیتی روز دوشنبه در تهران دست\u200cکم ۱۲ معترض را بازداشت کردند.",
    "به گفته شاهدان عینی، پلیس با گاز اشک\u200cآور به تجمع کارگران در اهواز حمله کرد.",
    "سخنگوی قوه قضاییه گفت که پرونده این خبرنگاران به دادگاه انقلاب فرستاده شده است.",
    "گروه\u200cهای حقوق بشری می\u200cگویند دست\u200cکم ۳۰۰ نفر در جریان اعتراضات آبان کشته شدند.",
    "معلمان در چند شهر برای دومین هفته پیاپی دست به اعتصاب زدند.",
    "خانواده این زندانی سیاسی از وضعیت جسمانی او ابراز نگرانی کرده\u200cاند.",
    "اینترنت در بخش\u200cهایی از استان سیستان و بلوچستان قطع شده است.",
    "دادستان تهران اعلام کرد که سه نفر به اتهام اخلال در نظم عمومی محاکمه خواهند شد.",
    "رانندگان کامیون در اعتراض به افزایش قیمت سوخت جاده\u200cها را بستند.",
    "یک فعال مدنی پس از ده روز بازداشت با قرار وثیقه آزاد شد.",
]
RUSSIAN = [
    "В понедельник полиция задержала в Москве не менее 40 участников акции протеста.",
    "По словам правозащитников, задержанных доставили в отделения полиции в разных районах города.",
    "Суд приговорил журналиста к шести годам колонии по делу о «фейках» об армии.",
    "Сторонники оппозиционного политика вышли на улицы нескольких городов.",
    "Министерство внутренних дел заявило, что митинг не был согласован с властями.",
    "Адвокат сообщил, что его подзащитного избили во время допроса.",
    "В Минске силовики разогнали шествие с применением светошумовых гранат.",
    "Организаторы акции утверждают, что на площадь пришли около пяти тысяч человек.",
    "Независимый телеканал был отключён от кабельных сетей после репортажа о протестах.",
    "Прокуратура потребовала признать фонд экстремистской организацией.",
]
SPANISH = [
    "Al menos 12 muertos dejaron los enfrentamientos entre manifestantes y la policía en Lima.",
    "La fiscalía anunció que investigará la actuación de los agentes durante la marcha del martes.",
    "Miles de estudiantes salieron a las calles de Santiago para exigir una reforma educativa.",
    "Según organizaciones de derechos humanos, más de 300 personas fueron detenidas.",
    "El gobierno decretó el estado de emergencia en tres provincias del sur del país.",
    "Los manifestantes bloquearon la carretera principal durante casi diez horas.",
    "Un periodista resultó herido por una bala de goma mientras cubría la protesta.",
    "El ministro del Interior defendió el uso de gases lacrimógenos contra la multitud.",
    "La oposición convocó una huelga general para el próximo jueves.",
    "Familiares de los desaparecidos se concentraron frente al palacio de justicia.",
]
ENGLISH = [
    "Police in Minsk detained 120 protesters on Sunday, the Interior Ministry said.",
    "Three people were killed when security forces opened fire on marchers in Yangon.",
    "A court sentenced the blogger to four years in prison for insulting the president.",
]


def _voa_paragraphs(limit: int = 120) -> list[str]:
    path = ROOT.parent / "shared" / "corpora" / "voa" / "stories.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", json.loads(line)["text"])
        out.extend(" ".join(sentences[i : i + 2]) for i in range(0, min(len(sentences), 6), 2))
    return out[:limit]


@pytest.mark.parametrize(
    ("code", "paragraphs"), [("fa", PERSIAN), ("ru", RUSSIAN), ("es", SPANISH), ("en", ENGLISH)]
)
def test_languages_short_news_paragraphs_are_told_apart(code, paragraphs):
    for paragraph in paragraphs:
        found = detect(paragraph)
        assert found.language == code, (paragraph, found)
        assert 0.5 <= found.confidence <= 1


def test_languages_english_news_paragraphs_are_english():
    paragraphs = _voa_paragraphs() or ENGLISH
    wrong = [(p, detect(p)) for p in paragraphs if detect(p).language != "en"]
    assert not wrong


def test_languages_short_or_undecidable_texts_follow_the_rule():
    short = detect("Protest in Minsk.")  # the detector is unsure, English plausible: English
    assert (short.language, short.fallback) == ("en", True)
    assert short.confidence >= 0.05
    # the detector unsure, English implausible: the best language all the same, never English
    unsure_spanish = [d for d in map(detect, SPANISH) if d.confidence < LANGUAGE_SURE]
    assert unsure_spanish and all(d.language == "es" and not d.fallback for d in unsure_spanish)
    assert detect("12 345 678 910").language == "und"  # nothing to tell: undetermined, not English
    unsure = detect("Floods hit Marsabit County and later Hebei province.")  # English best, but at 0.14
    assert (unsure.language, unsure.fallback) == ("en", False)


def test_languages_pipelines_come_from_settings():
    assert Settings().pipelines() == {"en": "en_core_web_sm"}
    more = Settings(models={"de": "de_core_news_sm"})
    assert more.pipelines() == {"de": "de_core_news_sm", "en": "en_core_web_sm"}
    # a language needs its word lists (tally/lang/<code>/) as well as a model
    with pytest.raises(ConfigError, match="no word lists for language 'de'"):
        list(tally.pipeline.analyze_many([], settings=more))


def _write_articles(folder):
    folder.mkdir()
    (folder / "tehran.txt").write_text("\n\n".join(PERSIAN[:3]) + "\n", encoding="utf-8")
    (folder / "isfahan.txt").write_text("\n\n".join(PERSIAN[3:]) + "\n", encoding="utf-8")
    (folder / "moscow.txt").write_text("\n\n".join(RUSSIAN) + "\n", encoding="utf-8")
    (folder / "lima.txt").write_text("\n\n".join(SPANISH) + "\n", encoding="utf-8")
    (folder / "minsk.txt").write_text("\n\n".join(ENGLISH) + "\n", encoding="utf-8")


@pytest.mark.model
def test_languages_articles_without_a_pipeline_are_stored_and_reported_not_analysed(
    tmp_path, cli_runner, nlp
):
    folder = tmp_path / "articles"
    _write_articles(folder)
    db, out = str(tmp_path / "t.db"), tmp_path / "out.jsonl"
    result = cli_runner.invoke(cli, ["analyze", str(folder), "--db", db, "--json", str(out)])
    assert result.exit_code == 3, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert "not analysed: language fa (2 articles)" in lines
    assert "not analysed: language ru (1 article)" in lines
    assert "not analysed: language es (1 article)" in lines
    assert not any("language en" in line for line in lines)

    parsed = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rows = {row["source"]["path"].rsplit("/", 1)[-1]: row for row in parsed}
    assert {name: row["language"] for name, row in rows.items()} == {
        "tehran.txt": "fa",
        "isfahan.txt": "fa",
        "moscow.txt": "ru",
        "lima.txt": "es",
        "minsk.txt": "en",
    }
    for name in ("tehran.txt", "isfahan.txt", "moscow.txt", "lima.txt"):
        row = rows[name]
        assert row["language_confidence"] > 0.9
        assert all(row[kind] == [] for kind in RECORD_KINDS), name  # never silent garbage
    assert rows["minsk.txt"]["figures"] and rows["minsk.txt"]["language_confidence"] > 0.9

    store = Store(db)
    stored = {a.source.path.rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    assert stored["moscow.txt"].language == "ru" and stored["moscow.txt"].entities == []
    assert stored["minsk.txt"].language == "en" and stored["minsk.txt"].entities
    store.close()

    again = cli_runner.invoke(cli, ["analyze", str(folder), "--db", db])  # still not analysed: still said
    assert again.exit_code == 3 and "not analysed: language ru (1 article)" in again.output


@pytest.mark.model
def test_languages_analyze_gives_the_language_and_no_records_without_a_pipeline(nlp):
    spanish = tally.analyze(" ".join(SPANISH[:2]))
    assert spanish.language == "es" and spanish.figures == [] and spanish.entities == []
    english = tally.analyze(ENGLISH[0])
    assert english.language == "en" and english.figures


def test_languages_cached_model_decides_exactly_as_the_shipped_one():
    from tally.nlp import language

    cached, shipped = language._identifier(), language._identifier(use_cache=False)
    assert language._cache_path().is_file()  # the process's detector read (or wrote) the cached copy
    for text in [*PERSIAN[:2], *RUSSIAN[:2], *SPANISH[:2], *ENGLISH, "Moscow, 12 March."]:
        assert cached.rank(text) == shipped.rank(text)


def test_english_news_the_detector_calls_a_creole_is_analysed_as_english():
    from tally.nlp.language import detect

    found = detect("Unions said the strike spread from Lagos to Abeokuta, Ibadan and Oshogbo in Nigeria.")
    assert found.language == "en"
