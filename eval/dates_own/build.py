"""Build the round-17 date probe set: short articles of our own, split by SHA-1.

The texts are invented in the manner of wire copy, NGO releases and
encyclopaedia sections; the gold dates were written by hand (weekdays checked
against the calendar) before tally ran on any article.  Items are split by
the SHA-1 of their id into ``work`` (errors may be read) and ``held`` (only
scored).  Run from the worktree root: ``python eval/dates_own/build.py``.
"""

import datetime
import hashlib
import pathlib

from tally.evaluate.reports_gold import date, record, write_split

A = []


def art(id_, published, text, dates, title=""):
    A.append({"id": id_, "published": published, "title": title, "text": text, "dates": dates})


art(
    "d17-01",
    "2019-11-20",
    "TEHRAN — Iranian authorities said on Tuesday that internet access would be restored gradually. "
    "A shutdown began on Nov. 15. Protests erupted in dozens of cities from Nov. 15 to 18 after fuel "
    "prices were raised. Amnesty International said it would publish further findings next month.",
    [
        ("Tuesday", "2019-11-19"),
        ("Nov. 15", "2019-11-15"),
        ("Nov. 15 to 18", "2019-11-15/2019-11-18"),
        ("next month", "2019-12"),
    ],
)
art(
    "d17-02",
    "2019-12",
    "Between 15–19 November 2019, security forces used lethal force against protesters in at least 20 "
    "cities. On 16 November, witnesses in Mahshahr saw armoured vehicles. Two days later, families were "
    "told to collect bodies. The organisation wrote to the authorities on 2 December but has received no reply.",
    [
        ("15–19 November 2019", "2019-11-15/2019-11-19"),
        ("16 November", "2019-11-16"),
        ("Two days later", "2019-11-18"),
        ("2 December", "2019-12-02"),
    ],
)
art(
    "d17-03",
    None,
    "Students at the university held sit-ins on September 21 and 22, 2022, demanding the release of "
    "classmates. The protests began on 16 September 2022 after the death of Mahsa Amini. On Friday, "
    "September 23, counter-rallies were staged in Tehran. A week later, on 30 September, security forces "
    "opened fire in Zahedan.",
    [
        ("September 21 and 22, 2022", "2022-09-21/2022-09-22"),
        ("16 September 2022", "2022-09-16"),
        ("Friday, September 23", "2022-09-23"),
        ("A week later", "2022-09-30"),
        ("30 September", "2022-09-30"),
    ],
)
art(
    "d17-04",
    "2021-03-05",
    "YANGON, March 5 (Reuters) - Security forces fired on protesters in Mandalay on Thursday, a day after "
    "the deadliest day since the Feb. 1 coup. The U.N. envoy said 38 people were killed on Wednesday. "
    "Protests have continued daily since early February. A general strike is planned for Monday.",
    [
        ("March 5", "2021-03-05"),
        ("Thursday", "2021-03-04"),
        ("Feb. 1", "2021-02-01"),
        ("Wednesday", "2021-03-03"),
        ("early February", "2021-02"),
        ("Monday", "2021-03-08"),
    ],
)
art(
    "d17-05",
    "2020-08-12",
    "MINSK — Police have detained about 6,000 people since the Aug. 9 election, the interior ministry said "
    "on Wednesday. Opposition candidate Svetlana Tikhanovskaya left for Lithuania on Tuesday. Protests began "
    "late on Sunday and continued on Monday. Alexander Lukashenko has ruled Belarus since 1994.",
    [
        ("Aug. 9", "2020-08-09"),
        ("Wednesday", "2020-08-12"),
        ("Tuesday", "2020-08-11"),
        ("Sunday", "2020-08-09"),
        ("Monday", "2020-08-10"),
        ("1994", "1994"),
    ],
)
art(
    "d17-06",
    "2023-01",
    "Iranian authorities executed Mohammad Mehdi Karami and Seyed Mohammad Hosseini on January 7, 2023. "
    "Both were arrested in November last year. Their trial began on Dec. 5 and lasted less than a week. "
    "Earlier this month, the judiciary announced new death sentences.",
    [
        ("January 7, 2023", "2023-01-07"),
        ("November last year", "2022-11"),
        ("Dec. 5", "2022-12-05"),
        ("Earlier this month", "2023-01"),
    ],
)
art(
    "d17-07",
    "2024-07-25",
    "DHAKA, July 25 (AFP) - Bangladesh's curfew will be relaxed for seven hours on Friday, officials said. "
    "Students began protesting against job quotas on July 1. Clashes turned deadly from July 16 to 19, when "
    "at least 150 people were killed. Mobile internet was cut on July 18 and partly restored on Tuesday.",
    [
        ("July 25", "2024-07-25"),
        ("Friday", "2024-07-26"),
        ("July 1", "2024-07-01"),
        ("July 16 to 19", "2024-07-16/2024-07-19"),
        ("July 18", "2024-07-18"),
        ("Tuesday", "2024-07-23"),
    ],
)
art(
    "d17-08",
    None,
    "On 12 June 2019, police fired tear gas at crowds outside the Legislative Council. Four days later, on "
    "16 June, organisers said two million people marched. On 1 July, protesters broke into the chamber. On "
    "Sunday, July 21, men in white attacked commuters in Yuen Long. The protests continued into 2020.",
    [
        ("12 June 2019", "2019-06-12"),
        ("Four days later", "2019-06-16"),
        ("16 June", "2019-06-16"),
        ("1 July", "2019-07-01"),
        ("Sunday, July 21", "2019-07-21"),
        ("2020", "2020"),
    ],
)
art(
    "d17-09",
    "2018-04",
    "The protests, which began on 28 December 2017 in Mashhad, spread to more than 80 cities. On Friday, "
    "29 December, crowds gathered in Kermanshah. By 2 January, at least 21 people had died. In mid-January, "
    "the authorities lifted the block on Instagram.",
    [
        ("28 December 2017", "2017-12-28"),
        ("Friday, 29 December", "2017-12-29"),
        ("2 January", "2018-01-02"),
        ("mid-January", "2018-01"),
    ],
)
art(
    "d17-10",
    "2022-10-05",
    "Kurdish rights group Hengaw said on Tuesday that security forces killed 12 people in Zahedan. The "
    "killings took place on Friday after prayers. Earlier this month, teachers went on strike. The group "
    "had documented 41 deaths by the end of last month.",
    [
        ("Tuesday", "2022-10-04"),
        ("Friday", "2022-09-30"),
        ("Earlier this month", "2022-10"),
        ("last month", "2022-09"),
    ],
)
art(
    "d17-11",
    "2020-06-03",
    "NAIROBI — Kenyan police shot dead a homeless man in Mathare on Monday night, residents said. A "
    "curfew began on March 27. The Independent Policing Oversight Authority said it had received 87 "
    "complaints since late March. A court hearing is set for June 9. In 2017, police killed dozens of "
    "opposition supporters.",
    [
        ("Monday", "2020-06-01"),
        ("March 27", "2020-03-27"),
        ("late March", "2020-03"),
        ("June 9", "2020-06-09"),
        ("2017", "2017"),
    ],
)
art(
    "d17-12",
    "2019-10-30",
    "SANTIAGO — Chile's President Sebastian Pinera replaced eight ministers on Monday after more than a "
    "million people marched on Friday. Unrest began on Oct. 18 when students jumped metro turnstiles. A "
    "state of emergency imposed on Oct. 19 was lifted on Sunday. The APEC summit planned for Nov. 16-17 "
    "was cancelled on Wednesday.",
    [
        ("Monday", "2019-10-28"),
        ("Friday", "2019-10-25"),
        ("Oct. 18", "2019-10-18"),
        ("Oct. 19", "2019-10-19"),
        ("Sunday", "2019-10-27"),
        ("Nov. 16-17", "2019-11-16/2019-11-17"),
        ("Wednesday", "2019-10-30"),
    ],
)
art(
    "d17-13",
    "2021-06",
    "The national strike began on April 28. Between 28 April and 31 May, Temblores recorded 44 killings "
    "attributed to police. On 2 May, President Duque withdrew the tax reform. On May 28, clashes in Cali "
    "left at least 13 dead. The organisation first reported on police abuses in 2019.",
    [
        ("April 28", "2021-04-28"),
        ("28 April and 31 May", "2021-04-28/2021-05-31"),
        ("2 May", "2021-05-02"),
        ("May 28", "2021-05-28"),
        ("2019", "2019"),
    ],
)
art(
    "d17-14",
    "2022-01-10",
    "ALMATY — Kazakhstan's President Kassym-Jomart Tokayev said on Monday that order had been restored. "
    "Protests over fuel prices began in Zhanaozen on Jan. 2 and spread to Almaty by Wednesday. Russian-led "
    "troops arrived on Jan. 6. Former leader Nursultan Nazarbayev stepped down in 2019.",
    [
        ("Monday", "2022-01-10"),
        ("Jan. 2", "2022-01-02"),
        ("Wednesday", "2022-01-05"),
        ("Jan. 6", "2022-01-06"),
        ("2019", "2019"),
    ],
)
art(
    "d17-15",
    "2023-03-16",
    "TBILISI — Georgia's parliament on Friday formally dropped a foreign agents bill that sparked two "
    "nights of protests. Police used water cannon on March 7 and 8. The ruling party promised on March 9 "
    "to withdraw the bill. Opposition groups plan a rally on Saturday. Georgia applied for EU membership "
    "in March last year.",
    [
        ("Friday", "2023-03-10"),
        ("March 7 and 8", "2023-03-07/2023-03-08"),
        ("March 9", "2023-03-09"),
        ("Saturday", "2023-03-18"),
        ("March last year", "2022-03"),
    ],
)
art(
    "d17-16",
    "2020-10-22",
    "LAGOS — Gunshots were heard in parts of Lagos on Wednesday, a day after soldiers opened fire on "
    "protesters at the Lekki toll gate. The #EndSARS protests started on Oct. 8. Amnesty said at least 12 "
    "people were killed on Tuesday night. A 24-hour curfew was imposed on Tuesday. The police unit was set "
    "up in 1992.",
    [("Wednesday", "2020-10-21"), ("Oct. 8", "2020-10-08"), ("Tuesday", "2020-10-20"), ("1992", "1992")],
)
art(
    "d17-17",
    "2019-06",
    "On 3 June, security forces dispersed the sit-in outside army headquarters in Khartoum. The sit-in had "
    "begun on 6 April. Omar al-Bashir was ousted on 11 April. The opposition called a general strike for "
    "9–11 June. Negotiations had stalled in mid-May.",
    [
        ("3 June", "2019-06-03"),
        ("6 April", "2019-04-06"),
        ("11 April", "2019-04-11"),
        ("9–11 June", "2019-06-09/2019-06-11"),
        ("mid-May", "2019-05"),
    ],
)
art(
    "d17-18",
    "2021-01-07",
    "KAMPALA — Ugandan police arrested opposition candidate Bobi Wine on Wednesday, the second time since "
    "November. At least 54 people were killed in riots on Nov. 18 and 19 after his earlier arrest. "
    "Elections are due on Jan. 14. Yoweri Museveni has been in power since 1986.",
    [
        ("Wednesday", "2021-01-06"),
        ("November", "2020-11"),
        ("Nov. 18 and 19", "2020-11-18/2020-11-19"),
        ("Jan. 14", "2021-01-14"),
        ("1986", "1986"),
    ],
)
art(
    "d17-19",
    "2022-07",
    "Protesters stormed the president's residence in Colombo on 9 July. Gotabaya Rajapaksa fled to the "
    "Maldives on Wednesday, 13 July, and resigned the following day. The Aragalaya movement began in late "
    "March with a vigil on 31 March.",
    [
        ("9 July", "2022-07-09"),
        ("Wednesday, 13 July", "2022-07-13"),
        ("the following day", "2022-07-14"),
        ("late March", "2022-03"),
        ("31 March", "2022-03-31"),
    ],
)
art(
    "d17-20",
    "2018-05-15",
    "GAZA — Israeli forces killed 58 Palestinians on Monday, health officials said, the deadliest day "
    "since the 2014 war. The protests began on March 30. Funerals were held on Tuesday. Palestinians mark "
    "the Nakba on May 15 every year.",
    [("Monday", "2018-05-14"), ("2014", "2014"), ("March 30", "2018-03-30"), ("Tuesday", "2018-05-15")],
)
art(
    "d17-21",
    "2023-06-30",
    "PARIS — Rioting spread to several French cities overnight, the third night since a police officer "
    "shot dead a 17-year-old on Tuesday. About 875 people were arrested on Thursday night, the interior "
    "minister said on Friday. President Macron held a crisis meeting on Friday. Similar riots shook France "
    "in 2005.",
    [("Tuesday", "2023-06-27"), ("Thursday", "2023-06-29"), ("Friday", "2023-06-30"), ("2005", "2005")],
)
art(
    "d17-22",
    None,
    "The 1988 massacre of political prisoners in Iran began in late July 1988 and lasted until September. "
    "On 19 July 1988, prison visits were cancelled. Survivors marked the anniversary in 2018.",
    [
        ("1988", "1988"),
        ("late July 1988", "1988-07"),
        ("September", "1988-09"),
        ("19 July 1988", "1988-07-19"),
        ("2018", "2018"),
    ],
)
art(
    "d17-23",
    "2024-08-06",
    "DHAKA — Bangladesh's army chief said on Monday that Prime Minister Sheikh Hasina had resigned and "
    "left the country. On Sunday, nearly 100 people were killed in clashes. Hasina had been in power since "
    "January 2009. Parliament was dissolved on Tuesday.",
    [
        ("Monday", "2024-08-05"),
        ("Sunday", "2024-08-04"),
        ("January 2009", "2009-01"),
        ("Tuesday", "2024-08-06"),
    ],
)
art(
    "d17-24",
    "2022-11-20",
    "SANANDAJ, Iran, Nov. 20 — Shops in Kurdish cities stayed shut on Saturday for the third day. A "
    "general strike had been called for Nov. 15 to 17 to mark the anniversary of the November 2019 "
    "protests. Rights groups say 378 people have been killed since Sept. 16.",
    [
        ("Nov. 20", "2022-11-20"),
        ("Saturday", "2022-11-19"),
        ("Nov. 15 to 17", "2022-11-15/2022-11-17"),
        ("November 2019", "2019-11"),
        ("Sept. 16", "2022-09-16"),
    ],
    title="Strike in Kurdish cities enters third day on Nov. 19",
)
art(
    "d17-25",
    "2021-08",
    "On 11 July 2021, thousands took to the streets in San Antonio de los Baños and Havana. On Monday, "
    "President Díaz-Canel blamed the United States. By Wednesday, the government had lifted customs duties "
    "on food and medicine. Protests had last erupted on this scale in August 1994.",
    [
        ("11 July 2021", "2021-07-11"),
        ("Monday", "2021-07-12"),
        ("Wednesday", "2021-07-14"),
        ("August 1994", "1994-08"),
    ],
)
art(
    "d17-26",
    "2019-11",
    "Evo Morales resigned on Sunday, November 10, after the army chief urged him to step down. The "
    "disputed election was held on October 20. On Friday, November 15, security forces killed nine coca "
    "growers in Sacaba. Four days later, ten more people died in Senkata.",
    [
        ("Sunday, November 10", "2019-11-10"),
        ("October 20", "2019-10-20"),
        ("Friday, November 15", "2019-11-15"),
        ("Four days later", "2019-11-19"),
    ],
)
art(
    "d17-27",
    "2020-09-30",
    "MINSK — Belarusian police detained more than 100 people at Sunday's march, rights group Viasna said. "
    "Alexander Lukashenko was sworn in at a secret ceremony on Sept. 23. Svetlana Tikhanovskaya met French "
    "President Emmanuel Macron in Vilnius on Tuesday. The EU said on Thursday last week it did not "
    "recognise the inauguration.",
    [
        ("Sunday", "2020-09-27"),
        ("Sept. 23", "2020-09-23"),
        ("Tuesday", "2020-09-29"),
        ("Thursday last week", "2020-09-24"),
    ],
)
art(
    "d17-28",
    "2022-09-26",
    "\u201cThey beat us on Friday,\u201d one protester told Reuters. Demonstrations have been held nightly "
    "since Sept. 17. The rally on Saturday drew thousands. Iran's president will address the UN General "
    "Assembly on Wednesday.",
    [
        ("Friday", "2022-09-23"),
        ("Sept. 17", "2022-09-17"),
        ("Saturday", "2022-09-24"),
        ("Wednesday", "2022-09-28"),
    ],
)
art(
    "d17-29",
    "2024-02",
    "Earlier this month, Senegal's President Macky Sall postponed the 25 February presidential election. "
    "Police killed three protesters on 9 February in Dakar and Ziguinchor. The Constitutional Council on "
    "15 February overturned the delay. The last presidential vote took place in 2019.",
    [
        ("Earlier this month", "2024-02"),
        ("25 February", "2024-02-25"),
        ("9 February", "2024-02-09"),
        ("15 February", "2024-02-15"),
        ("2019", "2019"),
    ],
)
art(
    "d17-30",
    "2018-12-10",
    "PARIS — Emmanuel Macron will address the nation on Monday evening after a fourth weekend of protests. "
    "On Saturday, police detained 1,723 people across France. The movement began on Nov. 17 with road "
    "blockades. Fuel tax rises planned for January were scrapped on Wednesday.",
    [
        ("Monday", "2018-12-10"),
        ("Saturday", "2018-12-08"),
        ("Nov. 17", "2018-11-17"),
        ("January", "2019-01"),
        ("Wednesday", "2018-12-05"),
    ],
)
art(
    "d17-31",
    "2020-06",
    "Hong Kong's legislature passed the national anthem law on 4 June. Police banned the Tiananmen vigil "
    "for the first time in 30 years, citing the coronavirus. Hundreds currently face charges over last "
    "year's protests. The vigil had been held every year since 1990.",
    [("4 June", "2020-06-04"), ("last year", "2019"), ("1990", "1990")],
)
art(
    "d17-32",
    "2021-02-22",
    "YANGON — Millions joined a general strike on Monday, defying a warning broadcast on state TV on Sunday "
    "night. Two protesters were shot dead in Mandalay on Saturday. A woman shot on Feb. 9 died on Friday, "
    "the first death since the Feb. 1 coup.",
    [
        ("Monday", "2021-02-22"),
        ("Sunday", "2021-02-21"),
        ("Saturday", "2021-02-20"),
        ("Feb. 9", "2021-02-09"),
        ("Friday", "2021-02-19"),
        ("Feb. 1", "2021-02-01"),
    ],
)
art(
    "d17-33",
    "2023-05-10",
    "ISLAMABAD — Supporters of former prime minister Imran Khan set fire to buildings on Tuesday after his "
    "arrest in Islamabad. Khan was ousted in a no-confidence vote in April last year. Mobile data has been "
    "suspended until further notice. Khan is due in court on Thursday.",
    [("Tuesday", "2023-05-09"), ("April last year", "2022-04"), ("Thursday", "2023-05-11")],
)
art(
    "d17-34",
    "2019-11",
    "Iraqi security forces killed at least 40 protesters in Nasiriyah and Najaf on 28 November. Protesters "
    "set fire to the Iranian consulate in Najaf on 27 November. The same day, the prime minister said he "
    "would resign. Last week, the UN envoy warned of a bloodbath. Protests began on 1 October.",
    [("28 November", "2019-11-28"), ("27 November", "2019-11-27"), ("1 October", "2019-10-01")],
)
art(
    "d17-35",
    None,
    "Wednesday, 19 April 2017 — Hundreds of thousands of Venezuelans marched in Caracas. Two students were "
    "shot dead. The opposition called another march for Saturday. Protests began on 1 April after the "
    "Supreme Court stripped the National Assembly of its powers on 29 March.",
    [
        ("Wednesday, 19 April 2017", "2017-04-19"),
        ("Saturday", "2017-04-22"),
        ("1 April", "2017-04-01"),
        ("29 March", "2017-03-29"),
    ],
)
art(
    "d17-36",
    "2020-08-20",
    "Between 9-13 August, Belarusian police detained nearly 7,000 people, the ministry said. Viasna "
    "documented torture at Okrestina from August 10 to 14. A rally is scheduled for Sunday. Curbs on "
    "gatherings were in force from March 1 to June 30.",
    [
        ("9-13 August", "2020-08-09/2020-08-13"),
        ("August 10 to 14", "2020-08-10/2020-08-14"),
        ("Sunday", "2020-08-23"),
        ("March 1 to June 30", "2020-03-01/2020-06-30"),
    ],
)

# --- second batch, written after the first batch was run (split the same way before tally ran on it) ---
art(
    "d17-37",
    "2020-11",
    "Belarusian police detained more than 1,000 people at the march on Sunday, November 8, Viasna said. "
    "Marches have been held every Sunday since August 16. On Nov. 12, a protester, Roman Bondarenko, died "
    "in hospital. He had been beaten the previous evening in a Minsk courtyard.",
    [
        ("Sunday, November 8", "2020-11-08"),
        ("August 16", "2020-08-16"),
        ("Nov. 12", "2020-11-12"),
        ("the previous evening", "2020-11-11"),
    ],
)
art(
    "d17-38",
    None,
    "KHARTOUM, Jan. 17, 2022 (Reuters) - Sudanese security forces killed seven protesters on Monday, medics "
    "said. It was one of the deadliest days since the Oct. 25 coup. Protesters plan to block roads on "
    "Tuesday and Wednesday.",
    [
        ("Jan. 17, 2022", "2022-01-17"),
        ("Monday", "2022-01-17"),
        ("Oct. 25", "2021-10-25"),
        ("Tuesday", "2022-01-18"),
        ("Wednesday", "2022-01-19"),
    ],
)
art(
    "d17-39",
    "2022-12-08",
    "Iran hanged Mohsen Shekari on Thursday, the first execution linked to the protests. He was convicted "
    "on Nov. 1 of blocking a street in Tehran. The protests erupted after Mahsa Amini died in custody on "
    "Sept. 16. Rights groups said 475 protesters had been killed by Tuesday.",
    [
        ("Thursday", "2022-12-08"),
        ("Nov. 1", "2022-11-01"),
        ("Sept. 16", "2022-09-16"),
        ("Tuesday", "2022-12-06"),
    ],
)
art(
    "d17-40",
    "2020-02",
    "Iran's judiciary said on 5 February that it had charged 30 people over the November protests. The "
    "unrest began on Nov. 15 last year. A court in Tehran heard the first case on 2 February.",
    [
        ("5 February", "2020-02-05"),
        ("November", "2019-11"),
        ("Nov. 15 last year", "2019-11-15"),
        ("2 February", "2020-02-02"),
    ],
)
art(
    "d17-41",
    "2023-02-14",
    "LIMA — Peru's Congress on Monday again rejected a proposal to bring forward elections to October this "
    "year. At least 48 people have been killed in clashes since early December, when Pedro Castillo was "
    "ousted. On Jan. 9, 17 people died in Juliaca.",
    [
        ("Monday", "2023-02-13"),
        ("October this year", "2023-10"),
        ("early December", "2022-12"),
        ("Jan. 9", "2023-01-09"),
    ],
)
art(
    "d17-42",
    "2021-12-10",
    "HONG KONG — Jimmy Lai was convicted on Thursday of taking part in a banned vigil on June 4 last year. "
    "Earlier this year, he was jailed for 14 months over rallies in 2019. Apple Daily closed in June.",
    [
        ("Thursday", "2021-12-09"),
        ("June 4 last year", "2020-06-04"),
        ("Earlier this year", "2021"),
        ("2019", "2019"),
        ("June", "2021-06"),
    ],
)
art(
    "d17-43",
    None,
    "The 2020 Nigerian #EndSARS protests began on 8 October 2020. On the night of 20 October, soldiers "
    "opened fire at the Lekki toll gate. The government disbanded SARS on 11 October, three days after the "
    "protests began. A judicial panel submitted its report in November 2021.",
    [
        ("2020", "2020"),
        ("8 October 2020", "2020-10-08"),
        ("20 October", "2020-10-20"),
        ("11 October", "2020-10-11"),
        ("November 2021", "2021-11"),
    ],
)
art(
    "d17-44",
    "2024-01-26",
    "DAKAR — Senegal's Constitutional Council on Saturday published the final list of 20 candidates for the "
    "Feb. 25 election. Opposition leader Ousmane Sonko, jailed since July, was excluded. Protests in June "
    "2023 left 16 dead. The campaign opens on Feb. 4.",
    [
        ("Saturday", "2024-01-20"),
        ("Feb. 25", "2024-02-25"),
        ("July", "2023-07"),
        ("June 2023", "2023-06"),
        ("Feb. 4", "2024-02-04"),
    ],
)
art(
    "d17-45",
    "2022-05-09",
    "COLOMBO — Government supporters attacked protesters outside the president's office on Monday, and a "
    "curfew was imposed nationwide. A state of emergency had been declared on Friday, the second since "
    "April 1. Protesters have camped at Galle Face since April 9.",
    [
        ("Monday", "2022-05-09"),
        ("Friday", "2022-05-06"),
        ("April 1", "2022-04-01"),
        ("April 9", "2022-04-09"),
    ],
)
art(
    "d17-46",
    "2019-09",
    "Hundreds protested in Cairo and Alexandria on the night of Friday, 20 September, calling for President "
    "Sisi to step down. By Sunday, 22 September, more than 350 people had been detained, the Egyptian "
    "Commission for Rights and Freedoms said. Protests have been all but banned since 2013.",
    [("Friday, 20 September", "2019-09-20"), ("Sunday, 22 September", "2019-09-22"), ("2013", "2013")],
)
art(
    "d17-47",
    "2021-04-10",
    "YANGON — Security forces killed at least 82 people in Bago on Friday, a monitoring group said on "
    "Saturday. The AAPP said 701 people had been killed since Feb. 1. On March 27, more than 100 people "
    "were killed.",
    [
        ("Friday", "2021-04-09"),
        ("Saturday", "2021-04-10"),
        ("Feb. 1", "2021-02-01"),
        ("March 27", "2021-03-27"),
    ],
)
art(
    "d17-48",
    "2022-03-13",
    "MOSCOW — Police detained more than 800 people at anti-war protests across Russia on Sunday, OVD-Info "
    "said. More than 13,000 have been detained since Feb. 24. A law signed on March 4 punishes fake news "
    "about the army with up to 15 years in prison. The next protests were called for March 20.",
    [
        ("Sunday", "2022-03-13"),
        ("Feb. 24", "2022-02-24"),
        ("March 4", "2022-03-04"),
        ("March 20", "2022-03-20"),
    ],
)
art(
    "d17-49",
    "2018-07-14",
    "MANAGUA — Paramilitaries besieged a church in Managua overnight, killing two students, the Catholic "
    "bishops said on Saturday. About 350 people have died since the protests began on April 18. A general "
    "strike was held on Friday. Daniel Ortega has ruled since 2007.",
    [("Saturday", "2018-07-14"), ("April 18", "2018-04-18"), ("Friday", "2018-07-13"), ("2007", "2007")],
)
art(
    "d17-50",
    "2023-09-29",
    "Iranian security forces were deployed in Zahedan on Friday, a year after the killings of Sept. 30, "
    "2022. More than 90 people were killed in the crackdown, Amnesty said. Protests in Zahedan continued "
    "every Friday until early this year.",
    [("Friday", "2023-09-29"), ("Sept. 30, 2022", "2022-09-30"), ("early this year", "2023")],
)
art(
    "d17-51",
    "2024-10-03",
    "NAIROBI — Kenya's parliament voted on Tuesday to impeach Deputy President Rigathi Gachagua. Protests "
    "against a finance bill peaked on June 25, when demonstrators stormed parliament. The bill was withdrawn "
    "the following day. The Senate will hear the case on Oct. 16 and 17.",
    [
        ("Tuesday", "2024-10-01"),
        ("June 25", "2024-06-25"),
        ("the following day", "2024-06-26"),
        ("Oct. 16 and 17", "2024-10-16/2024-10-17"),
    ],
)
art(
    "d17-52",
    "2022-09-22",
    "TEHRAN — Iran restricted access to Instagram and WhatsApp on Wednesday as protests over Mahsa Amini's "
    "death entered their sixth day. Amini died on Friday, three days after she was detained by the morality "
    "police. State TV said 17 people had been killed since Saturday.",
    [("Wednesday", "2022-09-21"), ("Friday", "2022-09-16"), ("Saturday", "2022-09-17")],
)
art(
    "d17-53",
    "2021-07",
    "Eswatini's government imposed a dusk-to-dawn curfew on 29 June as pro-democracy protests spread. "
    "Soldiers were deployed on Tuesday, 29 June, and the internet was cut. By 1 July, at least 27 people had "
    "been killed, according to a coalition of civic groups. King Mswati III has ruled since 1986.",
    [
        ("29 June", "2021-06-29"),
        ("Tuesday, 29 June", "2021-06-29"),
        ("1 July", "2021-07-01"),
        ("1986", "1986"),
    ],
)
art(
    "d17-54",
    None,
    "TEHRAN (IRNA) – On Aban 25, 1398, rioters set fire to banks in Shiraz, the governor said. Order was "
    "restored within days. The governor spoke to reporters on Sunday, November 17, 2019.",
    [("Aban 25, 1398", "2019-11-16"), ("Sunday, November 17, 2019", "2019-11-17")],
)
art(
    "d17-55",
    "2024-01",
    "Survivors of the 1988 massacre testified in Stockholm in 2021 at the trial of Hamid Nouri. Nouri was "
    "arrested on 9 November 2019 at Stockholm airport. His trial opened on August 10, 2021 and ended in May "
    "2022. An appeals court upheld his life sentence on 19 December 2023.",
    [
        ("1988", "1988"),
        ("2021", "2021"),
        ("9 November 2019", "2019-11-09"),
        ("August 10, 2021", "2021-08-10"),
        ("May 2022", "2022-05"),
        ("19 December 2023", "2023-12-19"),
    ],
)
art(
    "d17-56",
    "2020-02-01",
    "BAGHDAD, Saturday, Feb. 1 (AP) — Iraqi President Barham Salih named Mohammed Allawi prime minister on "
    "Saturday, ending two months of deadlock. Protesters in Tahrir Square rejected him within hours. Adel "
    "Abdul-Mahdi resigned in late November after security forces killed more than 40 protesters on Nov. 28.",
    [
        ("Saturday, Feb. 1", "2020-02-01"),
        ("Saturday", "2020-02-01"),
        ("late November", "2019-11"),
        ("Nov. 28", "2019-11-28"),
    ],
)
art(
    "d17-57",
    "2019-11-17",
    "HONG KONG — Police surrounded Hong Kong Polytechnic University on Sunday night after a day of clashes. "
    "The campus occupation began on Nov. 11, when a general strike paralysed the city. District council "
    "elections are due next Sunday, Nov. 24. The protests began in June.",
    [
        ("Sunday", "2019-11-17"),
        ("Nov. 11", "2019-11-11"),
        ("next Sunday, Nov. 24", "2019-11-24"),
        ("June", "2019-06"),
    ],
)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def check(item):
    """Every gold text is in the text; a weekday written with its full day falls on it."""
    for text, value in item["dates"]:
        assert text in item["text"], (item["id"], text)
        low = text.lower()
        for n, name in enumerate(WEEKDAYS):
            if low.startswith(name) and len(value) == 10:
                day = datetime.date.fromisoformat(value)
                assert day.weekday() == n, (item["id"], text, value)


def main():
    root = pathlib.Path(__file__).resolve().parent / "reports"
    root.mkdir(exist_ok=True)
    splits = {"work": [], "held": []}
    for item in A:
        check(item)
        digit = int(hashlib.sha1(item["id"].encode()).hexdigest()[0], 16)
        gold = {"figures": [], "quotes": [], "places": [], "dates": [date(t, v) for t, v in item["dates"]]}
        line = record(item["id"], item["title"], item["text"], item["published"], "probe", "", gold)
        splits["work" if digit % 2 == 0 else "held"].append(line)
    for name, items in splits.items():
        write_split(root / f"{name}.jsonl", items)
        print(name, len(items))


if __name__ == "__main__":
    main()
