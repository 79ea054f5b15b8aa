"""Build eval/clusters/tune.jsonl from the demo corpus (examples/) and the annotation below.

Run from the checkout: ``PYTHONPATH=src python eval/clusters/build_tune.py``. Each mention is
given as (doc, incident, anchor, phrase): the phrase is looked up inside the first occurrence
of the anchor in the article's body as tally reads it (front matter and a leading date line
off), so the offsets are computed, never typed; the script checks ``text[start:end]``.
"""

from __future__ import annotations

from pathlib import Path

from _mentions import article_line, described, write

from tally.ingest.files import _from_text

ROOT = Path(__file__).resolve().parents[2]

#: incident -> why its mentions are one real-world event
WHY = {
    "ir-2019-11-protests": "Iran's nationwide protests of November 2019 (one referent in every outlet)",
    "ir-2019-11-killings": "protesters killed by security forces in the November 2019 protests (304 / 1,500)",
    "ir-2019-11-arrests": "thousands arrested during and after the November 2019 protests",
    "ir-2020-146-arrests": "146 people arrested in Tehran recently (police chief), singleton",
    "ir-2020-video-beating": "police beating unarmed youth on video, singleton",
    "ir-1988-killings": "1988 murder of political prisoners, singleton",
    "ir-1988-arrests": "1988 arrest of political prisoners, singleton",
    "ir-2020-widespread-arrests": "widespread arrests this year (boast), singleton",
    "ir-2020-street-killings": "young people tortured and murdered in the streets, singleton",
    "ir-2020-child-arrests": "116 arrests of children, singleton",
    "ir-2020-labor-protests": "ongoing labor protests, singleton",
    "by-0616-march": "the march in Minsk on Sunday 16 June 2024 (Independence Avenue, Victory Square)",
    "by-0616-detentions": "about 100-120 people detained at the Minsk march on Sunday",
    "by-0616-force": "riot police beat marchers with batons near Victory Square on Sunday",
    "by-0616-patrol-attack": "state version: a crowd attacked a police patrol near Victory Square (other sides)",
    "by-0617-sentences": "detainees sentenced on Monday, singleton",
    "ke-0630-protest": "the finance-bill protest in Nairobi on Tuesday",
    "ke-0630-force": "police fire on protesters in Nairobi on Tuesday: deaths (19 / 6), tear gas, injuries",
    "ke-0630-arrests": "96 people arrested in the Nairobi protest (same number in both outlets)",
    "ke-abductions": "organisers abducted from their homes at night, singleton",
    "ke-0630-arson": "buildings near parliament set on fire, singleton",
    "kz-0311-protest": "the fuel-price protest in Almaty on Saturday 11 March 2023 (Republic Square)",
    "kz-0311-force": "its dispersal: tear gas, beatings, live fire, 9 / 12 / 27 dead in Almaty on 11 March",
    "kz-0311-detentions": "hundreds / 340 / 1,000+ detained in Almaty from 11 March",
    "kz-van-beatings": "detainees beaten in police vans (custody, 11-13 March: not the square's dispersal)",
    "kz-0311-attack-on-police": "state version: hooligans attacked police, 18 officers injured (other sides)",
    "sd-0603-sit-in": "the sit-in outside the army headquarters in Khartoum",
    "sd-0603-khartoum-force": "the dispersal of the Khartoum sit-in on 3 June 2025: 35 / 46 / 60-61 dead",
    "sd-0603-omdurman-march": "the march in Omdurman on 3 June that tried to reach the sit-in",
    "sd-0603-omdurman-force": "security forces fired on the Omdurman march on 3 June: eight dead (another city)",
    "sd-hospital-beatings": "medical staff beaten at two hospitals, singleton",
    "sd-0607-funeral": "mourners gathered in Omdurman on Saturday 7 June, singleton",
    "sd-0607-funeral-teargas": "police fired tear gas at the Omdurman funeral on Saturday, singleton",
}

#: incident -> the conservative fatalities of its reports (the lowest count still standing: a count
#: its own source later revised, "has risen to 61", no longer stands); 0 when not listed
FATALITIES = {
    "ir-2019-11-killings": 304,  # Amnesty 304, the PMOI 1,500
    "ir-1988-killings": 30000,  # background
    "ke-0630-force": 6,  # police 6, the rights commission 19
    "kz-0311-force": 9,  # ministry 9 (standing by it), city health department 12, the committee 27
    # the union's 35 (Nile Post) was revised by the union to 61 with eight in Omdurman (53 in
    # Khartoum); the ministry 46 with three of the security forces; medics 60
    "sd-0603-khartoum-force": 46,
    "sd-0603-omdurman-force": 8,
}

#: incidents reported only as the history behind the news (an export of these reports leaves them out)
BACKGROUND = {"ir-1988-killings", "ir-1988-arrests"}

#: incident -> its ACLED event when ACLED codes it with others as one (a demonstration and how it was
#: met, the crowd's violence and the arrests at it, in one place on one day); else the incident itself
ACLED_EVENT = {
    **dict.fromkeys(
        ["by-0616-march", "by-0616-detentions", "by-0616-force", "by-0616-patrol-attack"], "by-0616-minsk"
    ),
    **dict.fromkeys(
        ["ke-0630-protest", "ke-0630-force", "ke-0630-arrests", "ke-0630-arson"], "ke-0630-nairobi"
    ),
    **dict.fromkeys(
        ["kz-0311-protest", "kz-0311-force", "kz-0311-detentions", "kz-0311-attack-on-police"],
        "kz-0311-almaty",
    ),
    **dict.fromkeys(["sd-0603-sit-in", "sd-0603-khartoum-force"], "sd-0603-khartoum"),
    **dict.fromkeys(["sd-0603-omdurman-march", "sd-0603-omdurman-force"], "sd-0603-omdurman"),
    **dict.fromkeys(["sd-0607-funeral", "sd-0607-funeral-teargas"], "sd-0607-omdurman"),
}

KZ_RELEASE = [
    ("kz-0311-protest", "the dispersal of the protest in Almaty", "protest"),
    ("kz-0311-force", "documented 27 deaths", "deaths"),
    ("kz-0311-detentions", "More than 1,000 people were detained", "detained"),
    ("kz-van-beatings", "they were beaten in police vans", "beaten"),
]
BY_RELEASE = [
    ("by-0616-march", "thousands marched along", "marched"),
    ("by-0616-detentions", "120 people were detained in Minsk", "detained"),
    ("by-0616-force", "Riot police used batons", "used batons"),
]

#: doc -> [(incident, anchor, phrase)]; one mention per incident per article (its first clause)
MENTIONS: dict[str, list[tuple[str, str, str]]] = {
    "000_1e06a4f8004ac603.txt": [
        ("ir-2019-11-protests", "the most significant protests since", "protests"),
        ("ir-2020-video-beating", "police beating up unarmed youth", "beating"),
        ("ir-2020-146-arrests", "146 people were arrested", "arrested"),
        ("ir-2019-11-killings", "protesters were killed or arrested a year ago", "killed"),
        ("ir-2019-11-arrests", "protesters were killed or arrested a year ago", "arrested"),
    ],
    "001_e40b1d751717fdce.txt": [
        ("ir-2019-11-protests", "with protests in over 190 cities", "protests"),
        ("ir-2019-11-killings", "massacred 1,500 protesters", "massacred"),
        ("ir-2019-11-arrests", "Thousands more were arrested", "arrested"),
        ("ir-1988-arrests", "the arrest and murder of 30,000", "arrest"),
        ("ir-1988-killings", "the arrest and murder of 30,000", "murder"),
        ("ir-2020-widespread-arrests", "boasted about widespread arrests this year", "arrests"),
        ("ir-2020-street-killings", "torturing and murdering several young people", "murdering"),
        ("ir-2020-child-arrests", "116 arrests of children", "arrests"),
        ("ir-2020-labor-protests", "ongoing labor protests", "protests"),
    ],
    "corpus/ir_01_rightsdigest.md": [
        ("ir-2019-11-killings", "304 people killed by security forces", "killed"),
        ("ir-2019-11-protests", "during the November 2019 protests, most", "protests"),
        ("ir-2019-11-arrests", "Thousands of protesters were arrested", "arrested"),
    ],
    "corpus/by_01_springrights_release.md": BY_RELEASE,
    "corpus/by_02_freevoice_republished.md": BY_RELEASE,
    "corpus/by_03_eastnews_republished.md": BY_RELEASE,
    "corpus/by_04_balticwire.md": [
        ("by-0616-detentions", "Police in Minsk detained about 120", "detained"),
        ("by-0616-march", "demonstrators marched through the city centre", "marched"),
        ("by-0616-force", "Some people were beaten with batons", "beaten"),
    ],
    "corpus/by_05_minskherald_state.md": [
        ("by-0616-patrol-attack", "an aggressive crowd attacked a patrol", "attacked"),
        ("by-0616-march", "the unauthorised gathering had been organised", "gathering"),
    ],
    "corpus/by_06_nashagazeta.md": [
        ("by-0616-detentions", "At least 100 people were detained during", "detained"),
        ("by-0616-march", "during and after Sunday's march in Minsk", "march"),
        ("by-0617-sentences", "Several detainees were sentenced on Monday", "sentenced"),
    ],
    "corpus/ke_01_kenyarights.md": [
        ("ke-0630-force", "At least 19 people were killed", "killed"),
        ("ke-0630-arrests", "96 people were arrested during the protests", "arrested"),
        ("ke-0630-protest", "during the protests against the finance bill", "protests"),
        ("ke-abductions", "abducting protest organisers", "abducting"),
    ],
    "corpus/ke_02_police.md": [
        ("ke-0630-force", "Six people died during the unrest", "died"),
        ("ke-0630-protest", "during the unrest in Nairobi on Tuesday", "unrest"),
        ("ke-0630-arrests", "96 suspects had been arrested", "arrested"),
    ],
    "corpus/ke_03_coastpost.md": [
        ("ke-0630-force", "police fired tear gas and water cannon", "fired tear gas"),
        ("ke-0630-protest", "protesters marching towards parliament", "marching"),
        ("ke-0630-arson", "several buildings near parliament were set on fire", "set on fire"),
    ],
    "corpus/kz_01_caspianwire_protests.md": [
        ("kz-0311-force", "Police used tear gas and stun grenades", "used tear gas"),
        ("kz-0311-protest", "to break up a protest against fuel prices", "protest"),
        ("kz-0311-detentions", "Hundreds of people were detained in Almaty", "detained"),
        ("kz-0311-attack-on-police", "had attacked police officers", "attacked"),
    ],
    "corpus/kz_02_steppedaily_ministry.md": [
        ("kz-0311-force", "Nine people were killed during the unrest", "killed"),
        ("kz-0311-protest", "during the unrest in Almaty on Saturday", "unrest"),
        ("kz-0311-detentions", "340 people had been detained", "detained"),
        ("kz-0311-attack-on-police", "18 police officers were injured", "injured"),
    ],
    "corpus/kz_03_cwc_release.md": KZ_RELEASE,
    "corpus/kz_04_almatyvoice_republished.md": KZ_RELEASE,
    "corpus/kz_05_camonitor_republished.md": KZ_RELEASE,
    "corpus/kz_06_caspianwire_confirmed.md": [
        ("kz-0311-force", "Caspian Wire has confirmed 27 deaths", "deaths"),
        ("kz-0311-protest", "the dispersal of the March 11 protest", "protest"),
    ],
    "corpus/sd_01_nilepost.md": [
        ("sd-0603-khartoum-force", "Security forces stormed the sit-in", "stormed"),
        ("sd-0603-sit-in", "stormed the sit-in outside the army", "sit-in"),
    ],
    "corpus/sd_02_doctors_union.md": [
        ("sd-0603-khartoum-force", "the number of people killed in the dispersal", "killed"),
        ("sd-0603-sit-in", "the dispersal of the Khartoum sit-in", "sit-in"),
        ("sd-0603-omdurman-force", "where security forces fired on a march", "fired"),
        ("sd-0603-omdurman-march", "fired on a march that tried", "march"),
        ("sd-hospital-beatings", "two hospitals were beaten", "beaten"),
    ],
    "corpus/sd_03_nationalnews_state.md": [
        ("sd-0603-khartoum-force", "46 people died in the events in Khartoum", "died"),
    ],
    "corpus/sd_04_hornwire.md": [
        ("sd-0603-khartoum-force", "since security forces dispersed the sit-in", "dispersed"),
        ("sd-0603-sit-in", "dispersed the sit-in on June 3", "sit-in"),
    ],
    "corpus/sd_05_nilepost_omdurman.md": [
        ("sd-0603-omdurman-force", "At least eight protesters were killed in Omdurman", "killed"),
        ("sd-0603-omdurman-march", "fired on a march that was trying", "march"),
        ("sd-0607-funeral", "Mourners gathered in Omdurman on Saturday", "gathered"),
        ("sd-0607-funeral-teargas", "Police fired tear gas to disperse them", "fired tear gas"),
    ],
}


def _incident(name: str) -> dict[str, object]:
    return described(name, WHY, FATALITIES, ACLED_EVENT, BACKGROUND)


def build() -> list[dict[str, object]]:
    lines = []
    for doc in sorted(MENTIONS):
        raw = _from_text((ROOT / "examples" / doc).read_text(encoding="utf-8"), doc)
        head = {
            "id": doc,
            "text": raw.text,
            "published": raw.published,
            "title": raw.title,
            "outlet": raw.outlet,
        }
        lines.append(article_line(head, MENTIONS[doc], _incident))
    return lines


if __name__ == "__main__":
    write(build(), "tune.jsonl")
