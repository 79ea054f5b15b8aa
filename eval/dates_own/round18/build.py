"""Build the round-18 date probe set: long, messy articles of our own, split by SHA-1.

Round 17's probes were short and clean (tally scored ~.98 on them) while the
maintainers' real articles score ~.6: this set is long (live pages with
timestamps and day headings, "Updated" lines, bylines with dates, histories
spanning decades, anniversaries, day-first numeric dates, Persian and Bengali
calendar names, ages and sentences that are not dates, publication dates
missing or only a month).  The gold dates were written by hand (weekdays
checked against the calendar) before tally ran on any article.  Items are
split by the SHA-1 of their id into ``work`` (errors may be read) and
``held`` (only scored).  Run from the worktree root:
``python eval/dates_own/round18/build.py``.
"""

import datetime
import hashlib
import pathlib

from tally.evaluate.reports_gold import date, record, write_split

A = []


def art(id_, published, paragraphs, dates, title=""):
    A.append(
        {"id": id_, "published": published, "title": title, "text": "\n\n".join(paragraphs), "dates": dates}
    )


# 1. A live page from Tbilisi, newest entries first, with day headings.
art(
    "r18-georgia-live",
    "2024-12-02",
    [
        "Georgia protests live: police clear rally outside parliament for a fifth night",
        "By Nino Kapanadze and Tom Ellis in Tbilisi",
        "Updated 2 December 2024, 14:05 GMT | First published 28 November 2024",
        "Key points\n- Protests began on Thursday evening after Prime Minister Irakli Kobakhidze said Georgia would "
        "not seek EU accession talks until 2028\n- The interior ministry says 224 people have been detained since "
        "Thursday\n- President Salome Zourabichvili says she will not leave office when her term ends on 29 December\n"
        "- Read more: Who is Georgian Dream's founder Bidzina Ivanishvili?",
        "14:05 GMT",
        "The interior ministry has just updated its figures. In a statement posted at 13:40 local time, it said 224 "
        "people had been detained over the past four nights and 113 police officers injured, 21 of whom were treated "
        "in hospital. The ministry did not say how many protesters had been hurt.",
        "Opposition leaders have called another rally for this evening at 19:00 on Rustaveli Avenue, the fifth in a "
        'row. "We are not going anywhere," said Nika Gvaramia of the Coalition for Change, who was himself briefly '
        "detained in the spring.",
        "12:30 GMT",
        'Speaking to reporters in Tbilisi this morning, Kobakhidze rejected calls for a new election. "The elections '
        'of 26 October were free and fair," he said, adding that the vote had "closed the question" of who governs '
        "Georgia for the next four years. He accused the opposition of planning what he called a Maidan scenario, "
        'and said the government would not repeat the "mistakes of 2003", when the Rose Revolution forced Eduard '
        "Shevardnadze from power.",
        "The Georgian Dream party has governed since 2012. Its founder, the billionaire Bidzina Ivanishvili, was "
        "prime minister in 2012–13 and is widely seen as the country's most powerful man, although he holds no "
        "state office.",
        "10:15 GMT",
        "Good morning and welcome to our continuing coverage. Here is what happened overnight.",
        "Riot police used water cannon and tear gas on Sunday night to clear thousands of protesters from outside "
        "the parliament building. Several journalists, among them a camera operator for the independent channel "
        "Formula, said they were beaten. The public defender, Levan Ioseliani, said his office had received "
        "complaints from 46 detainees who said they had been ill-treated. Those detained face fines or up to 60 "
        "days in jail.",
        "Sunday, 1 December",
        "22:48 GMT",
        "Our correspondent at the scene says police have pushed the crowd back towards Freedom Square. Fireworks "
        "were fired at the lines of police, who answered with rubber bullets, according to protesters. We have not "
        "been able to confirm that.",
        "18:20 GMT",
        "More than 100 Georgian diplomats have signed an open letter criticising the government's decision, the "
        "second such letter since Friday. The ambassador to the United States, Davit Zalkaliani, resigned on Friday, "
        "saying the decision contradicted the constitution. Article 78 of Georgia's constitution, adopted in 1995 "
        "and amended in 2017, obliges the authorities to pursue integration into the EU and Nato.",
        "15:02 GMT",
        "The US State Department said on Saturday it had suspended its strategic partnership with Georgia. "
        "Washington and Tbilisi signed the charter on 9 January 2009, a few months after the five-day war with "
        'Russia in August 2008. A spokesman for the ruling party said the decision was "regrettable but '
        'temporary".',
        "Recap: how we got here",
        "Georgia was granted EU candidate status in December 2023. Brussels effectively froze the process in June "
        'this year after parliament passed a law on "foreign agents", modelled, critics say, on a Russian law of '
        "2012. Tens of thousands protested against that law for weeks from April; it was adopted on 14 May and, "
        "after parliament overrode the president's veto, signed into law on 3 June.",
        "Georgian Dream won 54% of the vote in the 26 October parliamentary election, according to the Central "
        "Election Commission. Observers from the OSCE reported vote-buying and intimidation, and the four main "
        "opposition blocs refused to take up their seats. The opposition has boycotted parliament since its first "
        "session on 25 November, which Zourabichvili, 72, did not recognise.",
        "The announcement on Thursday, 28 November, that accession talks would be shelved brought crowds back to "
        "the streets within hours. Protests spread the following day to Batumi, Kutaisi and Zugdidi, where local "
        "officials said a regional council building was briefly occupied.",
        "Saturday, 30 November",
        "23:10 GMT",
        "Police detained 107 people overnight into Saturday, the interior ministry said, after a night in which "
        "protesters built barricades on Rustaveli Avenue for more than six hours. Amnesty International said the "
        'use of force against largely peaceful crowds was "disproportionate" and called on the authorities to '
        "release those held for exercising their right to protest.",
        "Editor's note: An earlier version of this post said the foreign agents law was signed on 28 May. It was "
        "signed on 3 June.",
    ],
    [
        ("2 December 2024", "2024-12-02"),
        ("28 November 2024", "2024-11-28"),
        ("Thursday", "2024-11-28"),
        ("2028", "2028"),
        ("29 December", "2024-12-29"),
        ("this evening", "2024-12-02"),
        ("this morning", "2024-12-02"),
        ("26 October", "2024-10-26"),
        ("2003", "2003"),
        ("2012", "2012"),
        ("2012–13", "2012/2013"),
        ("Sunday", "2024-12-01"),
        ("Sunday, 1 December", "2024-12-01"),
        ("Friday", "2024-11-29"),
        ("1995", "1995"),
        ("2017", "2017"),
        ("Saturday", "2024-11-30"),
        ("9 January 2009", "2009-01-09"),
        ("August 2008", "2008-08"),
        ("December 2023", "2023-12"),
        ("June this year", "2024-06"),
        ("April", "2024-04"),
        ("14 May", "2024-05-14"),
        ("3 June", "2024-06-03"),
        ("25 November", "2024-11-25"),
        ("Thursday, 28 November", "2024-11-28"),
        ("the following day", "2024-11-29"),
        ("Saturday, 30 November", "2024-11-30"),
        ("28 May", "2024-05-28"),
    ],
    title="Georgia protests live",
)

# 2. An analysis piece dated only by its month, a history spanning two decades, Persian dates.
art(
    "r18-iran-aban",
    "2020-11",
    [
        "Iran: A year after 'Bloody Aban', families still wait for answers",
        "Analysis | November 2020\nBy our Middle East correspondent",
        "When petrol prices tripled overnight on Friday 15 November 2019 — 24 Aban 1398 in the Iranian calendar — "
        "few in Tehran expected what followed. Within 48 hours, protests had spread to more than 100 cities. By the "
        "time the authorities restored the internet a week later, hundreds of people were dead.",
        "A year on, the families of those killed say they have received neither an apology nor an account. Several "
        "have been summoned for questioning this month, ahead of the anniversary, and at least three mothers were "
        "detained for several hours on 9 November after they tried to visit graves at Behesht-e Zahra cemetery, "
        "according to the Human Rights Activists News Agency (HRANA). The agency, which is based outside Iran, said "
        "the women were released on bail.",
        "[Photo: Mourners at a cemetery in Karaj, 20 November 2019. The image was shared on social media after the "
        "shutdown was lifted. Credit: handout]",
        "A history of crackdowns",
        "The Islamic Republic has faced waves of street protest before. In 1999, students rose up after a raid on a "
        'Tehran University dormitory on 9 July — "18 Tir", as it is still remembered. A decade later, in June 2009, '
        "millions marched against the re-election of Mahmoud Ahmadinejad in what became known as the Green Movement. "
        "Those protests peaked on 15 June 2009 and ended, in the streets at least, after the Ashura clashes of 27 "
        "December that year.",
        "Then, from 28 December 2017 to 7 January 2018, protests over prices erupted in Mashhad and spread across "
        "the country. At least 21 people were killed and nearly 5,000 arrested, by official count.",
        "But November 2019 was different in scale. Amnesty International said in May that it had verified the "
        "deaths of 304 people between 15 and 18 November. Reuters, citing three interior ministry officials, put the "
        "toll at about 1,500. The interior minister, Abdolreza Rahmani Fazli, said on 1 June that about 225 people "
        "had died, the first official figure, given more than six months after the killings. He said some of the "
        'dead had been "rioters" and that others were passers-by.',
        "'They told us to say he had a heart attack'",
        "Fatemeh, which is not her real name, lost her son in Shahriar on the second day of the protests. She says "
        "intelligence agents came to the family's home soon afterwards. \"They told us to say he had a heart "
        'attack," she said by telephone. "We buried him on 28 Aban. I remember because it was raining and they '
        'would not let more than ten people come."',
        "Her son, a mechanic, was 19. He had been working for three years to save for his wedding. The family was "
        "offered compensation if they agreed to call him a martyr of the security forces; they refused.",
        "Trials and sentences",
        "Courts have since handed down heavy sentences. In July, Iran's supreme court upheld death sentences against "
        "three young men, Amirhossein Moradi, Saeed Tamjidi and Mohammad Rajabi, who were arrested after the "
        'protests. After the hashtag "Do not execute" was shared millions of times, the judiciary said on 19 July '
        "that it would review the case. Their retrial has not yet begun, their lawyer, Babak Paknia, said.",
        "Others have received prison terms of up to ten years. A court in Behbahan sentenced a teacher to five years "
        "in prison and 74 lashes in September, according to his lawyer, who asked not to be named for fear of "
        "reprisals.",
        "Navid Afkari, a wrestler arrested during protests in Shiraz in August 2018, was executed on 12 September "
        "despite an international campaign by athletes and sports federations.",
        "What now?",
        "The UN special rapporteur on human rights in Iran, Javaid Rehman, said last month that no one had been "
        "held accountable. In a report to the General Assembly dated 21 July 2020, he noted that security forces "
        "had used lethal force in at least 29 cities and that many of the dead had been shot in the head or chest.",
        "HRANA said on 10 November that it expected further arrests around 15 November and on the anniversary of "
        "the downing of the Ukrainian airliner, 8 January. Iran's Persian new year begins on 21 March 2021, and "
        "presidential elections are due on 18 June of that year.",
        "Correction, 12 November 2020: An earlier version of this article said Navid Afkari was arrested in 2019. He "
        "was arrested in August 2018.",
    ],
    [
        ("November 2020", "2020-11"),
        ("Friday 15 November 2019", "2019-11-15"),
        ("24 Aban 1398", "2019-11-15"),
        ("a week later", "2019-11-22"),
        ("this month", "2020-11"),
        ("9 November", "2020-11-09"),
        ("20 November 2019", "2019-11-20"),
        ("1999", "1999"),
        ("9 July", "1999-07-09"),
        ("18 Tir", "1999-07-09"),
        ("A decade later", "2009"),
        ("June 2009", "2009-06"),
        ("15 June 2009", "2009-06-15"),
        ("27 December that year", "2009-12-27"),
        ("28 December 2017 to 7 January 2018", "2017-12-28/2018-01-07"),
        ("November 2019", "2019-11"),
        ("May", "2020-05"),
        ("15 and 18 November", "2019-11-15/2019-11-18"),
        ("1 June", "2020-06-01"),
        ("28 Aban", "2019-11-19"),
        ("July", "2020-07"),
        ("19 July", "2020-07-19"),
        ("September", "2020-09"),
        ("August 2018", "2018-08"),
        ("12 September", "2020-09-12"),
        ("last month", "2020-10"),
        ("21 July 2020", "2020-07-21"),
        ("10 November", "2020-11-10"),
        ("15 November", "2020-11-15"),
        ("8 January", "2021-01-08"),
        ("21 March 2021", "2021-03-21"),
        ("18 June of that year", "2021-06-18"),
        ("12 November 2020", "2020-11-12"),
        ("2019", "2019"),
    ],
)

# 3. A court report with no publication date: a dated byline, day-first numeric dates, a timeline.
art(
    "r18-belarus-viasna",
    None,
    [
        "Minsk court jails Viasna founder for ten years",
        "By Maria Sokolova | Vilnius | 6 March 2023, 17:20",
        "A court in Minsk on Friday sentenced Ales Bialiatski, the founder of the Viasna Human Rights Centre and one "
        "of the winners of the 2022 Nobel Peace Prize, to ten years in a high-security penal colony. His colleagues "
        "Valiantsin Stefanovich and Uladzimir Labkovich received nine and seven years respectively. Dzmitry "
        "Salauyou, who left Belarus, was sentenced in absentia to eight years.",
        "The verdict, dated 03.03.2023 and published on the court's website on Monday, found the four guilty of "
        'smuggling and of financing "actions grossly violating public order". The trial began on 5 January and was '
        "held behind closed doors for most of its 22 sessions. Diplomats from eleven embassies were turned away at "
        "the door of the Leninsky district court.",
        "Bialiatski, 60, has been in custody since 14 July 2021, when security forces searched the homes and offices "
        "of Viasna staff in at least ten cities. According to the indictment, the offences took place between 2016 "
        "and 2021. The prosecutor had asked for twelve years.",
        '"This is revenge for our work since 1996," Viasna said in a statement on Friday. "For 26 years we have '
        'documented every arrest, every trial, every beating. We will go on doing it." The centre, which the '
        "authorities refused to register, now works largely from Vilnius and Warsaw.",
        "Timeline: Viasna and the authorities\n"
        "26.04.1996 – Viasna founded in Minsk during protests against Alexander Lukashenko's first referendum\n"
        "1999 – registered as a national organisation\n"
        "28.10.2003 – Supreme Court orders Viasna's liquidation\n"
        "4 August 2011 – Bialiatski arrested on tax charges; sentenced on 24 November 2011 to four and a half years\n"
        "21 June 2014 – released early under an amnesty\n"
        "9 August 2020 – presidential election; mass protests follow for months\n"
        "14.07.2021 – searches and arrests\n"
        "7 October 2022 – Nobel Peace Prize awarded jointly with Memorial and the Center for Civil Liberties\n"
        "3 March 2023 – verdict",
        "Read more: Belarus: what happened to the 2020 protest movement?",
        'In its written ruling, the court referred to transfers of funds "on 12.02.2019 and on 19.11.2019" from a '
        "Lithuanian bank account. Defence lawyers, who have been barred from speaking to the media under a "
        "non-disclosure order, said privately that the money had paid for legal aid to detainees and for "
        "parcels of food.",
        "The sentences come as the number of political prisoners recognised by Viasna passed 1,450 at the end of "
        "February. The group said that at least 35 people had been convicted in the two weeks to 1 March for "
        "comments online, and that one man, a 41-year-old electrician from Hrodna, had been given three years in "
        "prison for a post about the war in Ukraine. Another, aged 19, was held for 48 hours without charge and then "
        "released.",
        "Svetlana Tikhanovskaya, the opposition leader, who has lived in exile in Lithuania since August 2020, said "
        'the trial was "a shameful attempt to punish a man for defending the rights of others". She was herself '
        "sentenced in absentia to 15 years on 6 March, the Minsk City Court said on Monday, in a separate trial that "
        "opened on 17 January. Four other exiled opposition figures received between 12 and 18 years.",
        "The European Union said on Saturday it would consider further sanctions against Belarusian judges and "
        "prosecutors. Lithuania summoned the Belarusian charge d'affaires the following day. The United States "
        'called for the release of all political prisoners "without delay".',
        "Relatives were allowed to see Stefanovich for two hours on Sunday, the first visit in 18 months, his wife, "
        'Antanina, wrote on Facebook. "He has lost weight but he is joking," she wrote. "He asked about the '
        'children and about the weather."',
        'Human rights groups abroad condemned the verdict. Amnesty International called it "a travesty of '
        'justice" and said the four men were prisoners of conscience. The Norwegian Nobel Committee said it was '
        '"deeply concerned" and that the case showed the lengths to which the authorities in Minsk would go to '
        "silence civil society. Memorial, which shared the prize and was itself dissolved by a Russian court, "
        "said the sentence was a message to every independent voice in the region.",
        "Belarus's foreign ministry dismissed the criticism as interference in its internal affairs. A ministry "
        'spokesman, Anatoly Glaz, told the state news agency BelTA that the defendants had been convicted "not '
        'for their views but for crimes", and that foreign governments had no right to comment on the decisions '
        "of an independent court.",
        "Bialiatski's lawyers have ten days to appeal. Under Belarusian law, an appeal must be heard within two "
        "months.",
    ],
    [
        ("6 March 2023", "2023-03-06"),
        ("Friday", "2023-03-03"),
        ("2022", "2022"),
        ("03.03.2023", "2023-03-03"),
        ("Monday", "2023-03-06"),
        ("5 January", "2023-01-05"),
        ("14 July 2021", "2021-07-14"),
        ("2016 and 2021", "2016/2021"),
        ("1996", "1996"),
        ("26.04.1996", "1996-04-26"),
        ("1999", "1999"),
        ("28.10.2003", "2003-10-28"),
        ("4 August 2011", "2011-08-04"),
        ("24 November 2011", "2011-11-24"),
        ("21 June 2014", "2014-06-21"),
        ("9 August 2020", "2020-08-09"),
        ("14.07.2021", "2021-07-14"),
        ("7 October 2022", "2022-10-07"),
        ("3 March 2023", "2023-03-03"),
        ("2020", "2020"),
        ("12.02.2019", "2019-02-12"),
        ("19.11.2019", "2019-11-19"),
        ("the end of February", "2023-02"),
        ("1 March", "2023-03-01"),
        ("August 2020", "2020-08"),
        ("6 March", "2023-03-06"),
        ("17 January", "2023-01-17"),
        ("Saturday", "2023-03-04"),
        ("the following day", "2023-03-05"),
        ("Sunday", "2023-03-05"),
    ],
)

# 4. An encyclopaedia page with no date at all: a year-long story, "the following day" three times.
art(
    "r18-srilanka-aragalaya",
    None,
    [
        "2022 Sri Lankan protests",
        'The 2022 Sri Lankan protests, known in Sinhala as the Aragalaya ("struggle"), were a series of '
        "demonstrations against the government of President Gotabaya Rajapaksa. They began in mid-March 2022 and "
        "lasted until the dispersal of the main protest camp in Colombo on 22 July 2022, although smaller protests "
        "continued into 2023.",
        "Background",
        "Sri Lanka's economic crisis had been building for years. Tax cuts announced in November 2019, days after "
        "Rajapaksa won the presidential election of 16 November, reduced government revenue sharply, and the "
        "COVID-19 pandemic all but ended tourism. In April 2021, the government banned chemical fertilisers "
        "overnight; the ban was partly lifted in November, after harvests had already failed. By early 2022, "
        "foreign reserves had fallen below $2.3 billion, and power cuts of up to 13 hours a day were imposed from "
        "24 February.",
        "Protests",
        "Small protests took place in the suburbs of Colombo in early March. On the night of 31 March, hundreds of "
        "people marched to the president's private residence in Mirihana. Police used tear gas and water cannon and "
        "arrested 54 people; a curfew was imposed in the Western Province the following day, and on 2 April a state "
        "of emergency was declared nationwide. A 36-hour curfew was imposed from the evening of 2 April, and social "
        "media were blocked for 15 hours.",
        "On 3 April, the entire cabinet except the president and his brother, Prime Minister Mahinda Rajapaksa, "
        "resigned. Six days later, on 9 April, protesters set up a camp on Galle Face Green, opposite the "
        'Presidential Secretariat, which became known as "GotaGoGama" ("Gota go village"). It had a library, a '
        "kitchen, a legal aid tent and, later, a cinema.",
        "The protests were largely leaderless and drew people who had never taken part in politics: office "
        "workers, Buddhist monks, Catholic priests, members of the LGBT community and families of the disappeared "
        'from the Tamil north and east. Their main slogan, "Gota go home", was painted on walls across the '
        "island. Critics in the ruling party called the protesters extremists and said they were funded from "
        "abroad, a claim for which no evidence was produced.",
        "On 19 April, police fired on protesters blocking a railway line in Rambukkana, killing one man, Chaminda "
        "Lakshan, 41, and injuring at least 13. The Human Rights Commission of Sri Lanka said on 21 April that it "
        "would investigate, and a magistrate ordered the arrest of the officer in charge.",
        "Violence of 9 May",
        "On 9 May, supporters of the prime minister attacked the Galle Face camp after a meeting at Temple Trees, "
        "his official residence. In the violence that followed that evening and the next day, the homes of dozens "
        "of politicians were burned and nine people, including a member of parliament, were killed. Mahinda "
        "Rajapaksa resigned that afternoon. A nationwide curfew was imposed until 7 am on 12 May. Ranil "
        "Wickremesinghe was sworn in as prime minister on 12 May, the sixth time he had held the post.",
        "Fall of the president",
        "Fuel ran out in late June, and the government closed schools and non-essential offices for two weeks from "
        "27 June. On 9 July, hundreds of thousands of people gathered in Colombo and occupied the President's House, "
        "the Presidential Secretariat and Temple Trees. Gotabaya Rajapaksa fled to the Maldives on 13 July and then "
        "to Singapore, from where he resigned by email on 14 July; the speaker announced his resignation the "
        "following day. Parliament elected Wickremesinghe president on 20 July by 134 votes to 82. Two days later, "
        "troops and police raided the camp at Galle Face in the early hours of 22 July, beating protesters and "
        "journalists.",
        "Aftermath",
        "Leading activists were arrested in August under the Prevention of Terrorism Act of 1979, which the "
        "government had promised the European Union to reform. Wasantha Mudalige, convenor of the Inter University "
        "Students' Federation, was held for 167 days before being released in January 2023. The International "
        "Monetary Fund approved a $2.9 billion bailout on 20 March 2023.",
        "A commission appointed to inquire into the 9 May violence submitted its report in December 2022; it has "
        "not been published. Gotabaya Rajapaksa returned to Sri Lanka on 2 September, seven weeks after he fled, "
        "and was given a state residence and security.",
        "Protests on the first anniversary of the founding of GotaGoGama, on 9 April 2023, were small. In the "
        "presidential election of 21 September 2024, Anura Kumara Dissanayake, whose party had won 3% of the vote "
        "in 2019, was elected; he was sworn in the following day.",
        "See also: 2019 Easter bombings; Sri Lankan economic crisis",
    ],
    [
        ("2022", "2022"),
        ("mid-March 2022", "2022-03"),
        ("22 July 2022", "2022-07-22"),
        ("2023", "2023"),
        ("November 2019", "2019-11"),
        ("16 November", "2019-11-16"),
        ("April 2021", "2021-04"),
        ("November", "2021-11"),
        ("early 2022", "2022"),
        ("24 February", "2022-02-24"),
        ("early March", "2022-03"),
        ("31 March", "2022-03-31"),
        ("the following day", "2022-04-01"),
        ("2 April", "2022-04-02"),
        ("3 April", "2022-04-03"),
        ("Six days later", "2022-04-09"),
        ("9 April", "2022-04-09"),
        ("19 April", "2022-04-19"),
        ("21 April", "2022-04-21"),
        ("9 May", "2022-05-09"),
        ("that evening", "2022-05-09"),
        ("the next day", "2022-05-10"),
        ("that afternoon", "2022-05-09"),
        ("12 May", "2022-05-12"),
        ("late June", "2022-06"),
        ("27 June", "2022-06-27"),
        ("9 July", "2022-07-09"),
        ("13 July", "2022-07-13"),
        ("14 July", "2022-07-14"),
        ("the following day", "2022-07-15"),
        ("20 July", "2022-07-20"),
        ("Two days later", "2022-07-22"),
        ("22 July", "2022-07-22"),
        ("August", "2022-08"),
        ("1979", "1979"),
        ("January 2023", "2023-01"),
        ("20 March 2023", "2023-03-20"),
        ("December 2022", "2022-12"),
        ("2 September", "2022-09-02"),
        ("9 April 2023", "2023-04-09"),
        ("21 September 2024", "2024-09-21"),
        ("the following day", "2024-09-22"),
        ("2019", "2019"),
    ],
)

# 5. A wire story on an anniversary: "last year", a caption, an embedded tweet, "last Thursday".
art(
    "r18-nigeria-lekki",
    "2021-10-20",
    [
        "Nigerian police fire tear gas as youths mark a year since Lekki shooting",
        "By Chinedu Asadu and Sam Olukoya\nPublished 3:41 PM GMT+1, October 20, 2021 | Updated 9:02 PM GMT+1, "
        "October 20, 2021",
        "LAGOS, Nigeria (AP) — Police fired tear gas at hundreds of young Nigerians who drove through Lagos on "
        "Wednesday, waving flags and honking horns, to mark one year since soldiers opened fire on protesters at "
        "the Lekki toll gate.",
        "At least 12 people were arrested near the toll plaza shortly after noon, according to a lawyer with the "
        "Lagos-based group Enough is Enough, who said some had been beaten. Police spokesman Muyiwa Adejobi said on "
        'Twitter that officers had acted "with restraint" and that nobody had been hurt. He did not say how many '
        "people were in custody.",
        "PHOTO: Protesters gather at the Lekki toll gate in Lagos, Nigeria, Wednesday, Oct. 20, 2021. (AP "
        "Photo/Sunday Alamba)",
        "The demonstrations, known by the hashtag #EndSARS, began on Oct. 8 last year against a notorious police "
        "unit, the Special Anti-Robbery Squad, that had been accused for years of extortion, torture and killings. "
        "SARS was set up in 1992. The government disbanded it on Oct. 11, 2020, three days after the protests "
        "began, but the demonstrations grew, spreading from Oct. 8 to 20 to more than a dozen states.",
        "On the night of Oct. 20, 2020, soldiers fired on thousands of protesters sitting at the toll gate and "
        "singing the national anthem. Amnesty International said at least 12 people were killed at Lekki and in "
        "Alausa that night. The army at first denied its troops were present; it later said they had fired only "
        "blanks. Gov. Babajide Sanwo-Olu, who imposed a 24-hour curfew on Lagos that afternoon, said two people had "
        "died, one of them from a blow to the head.",
        '"A year on, not a single soldier has been charged," said Rinu Oduala, a protest leader who sat on '
        "the judicial panel set up by the Lagos state government on Oct. 19 last year to investigate the shooting "
        'and police abuses. "We are not going to forget. We will be here next year."',
        "The panel held its last sitting on Oct. 11 and is expected to submit its report next month. A lawyer for "
        "the families of the dead, Adesina Ogunlana, said a hearing in a separate civil suit had been set for Nov. "
        "4.",
        '— Enough is Enough Nigeria (@EiENigeria) October 20, 2021: "Our members are being teargassed at Lekki '
        'right now. We are peaceful. We are unarmed. #EndSARS"',
        'On Tuesday, the eve of the anniversary, the Lagos police commissioner, Hakeem Odumosu, warned that "no '
        'protest of any kind" would be allowed and that anyone who "tries to cause chaos" would be arrested. The '
        "Lagos state government said last Thursday that it had not received a request for a permit.",
        "Nigerians have protested on other occasions this year. During the June 12 demonstrations, held on "
        "Democracy Day in several cities, police fired tear gas in Lagos and Abuja and detained dozens. The "
        "government's ban on Twitter, imposed on June 4 after the platform deleted a post by President Muhammadu "
        "Buhari, was still in force on Wednesday.",
        "Nigeria, which returned to civilian rule in 1999, marked 61 years of independence on Oct. 1. In a speech "
        'that day, Buhari, 78, said the government had "listened to the youth" and had set up a youth investment '
        "fund of 75 billion naira.",
        'Many of the young people at the toll gate on Wednesday were unimpressed. "They killed our friends and '
        'they want us to move on," said Damilola, 24, a graphic designer who asked that only her first name be '
        'used. "I was here a year ago today. I saw them shoot."',
        "Rights groups say the police have changed little. Amnesty International's Nigeria director, Osai Ojigho, "
        "said in a statement that at least 20 people had been killed by security forces during the protests across "
        "the country, and that most of the officers accused of abuses in testimony before state panels were still "
        "on duty. The Nigeria Police Force did not respond to a request for comment. The army, which has always "
        'denied using live ammunition at Lekki, said in a statement that it "holds the lives of Nigerians '
        'sacred".',
        "Asadu reported from Lagos. Olukoya reported from Abuja. Associated Press writer Dyepkazah Shibayan "
        "contributed.",
    ],
    [
        ("October 20, 2021", "2021-10-20"),
        ("Wednesday", "2021-10-20"),
        ("Wednesday, Oct. 20, 2021", "2021-10-20"),
        ("Oct. 8 last year", "2020-10-08"),
        ("1992", "1992"),
        ("Oct. 11, 2020", "2020-10-11"),
        ("Oct. 8 to 20", "2020-10-08/2020-10-20"),
        ("Oct. 20, 2020", "2020-10-20"),
        ("that night", "2020-10-20"),
        ("that afternoon", "2020-10-20"),
        ("Oct. 19 last year", "2020-10-19"),
        ("next year", "2022"),
        ("Oct. 11", "2021-10-11"),
        ("next month", "2021-11"),
        ("Nov. 4", "2021-11-04"),
        ("Tuesday", "2021-10-19"),
        ("last Thursday", "2021-10-14"),
        ("this year", "2021"),
        ("June 12", "2021-06-12"),
        ("June 4", "2021-06-04"),
        ("1999", "1999"),
        ("Oct. 1", "2021-10-01"),
        ("that day", "2021-10-01"),
        ("a year ago today", "2020-10-20"),
    ],
)

# 6. An NGO report dated only by its month: a day-first chronology, "36 July", durations and ages.
art(
    "r18-bangladesh-july",
    "2024-09",
    [
        "Human Rights Monitoring Report: July–August 2024",
        "Released: September 2024 | Dhaka | Prepared by the documentation unit",
        "1. Summary",
        "This report covers the period from 1 July to 31 August 2024. During these two months, our monitors "
        "recorded at least 875 deaths linked to the student-led movement and its suppression, most of them between "
        "16 July and 5 August, when Prime Minister Sheikh Hasina resigned and left the country. At least 11,700 "
        "people were arrested, many of them in house-to-house raids after dark. We were unable to verify several "
        "hundred further reports of deaths.",
        "The movement began as a protest by students against the reinstatement of a 30 per cent quota in government "
        "jobs for descendants of the freedom fighters of 1971. The High Court restored the quota on 5 June, six "
        "years after a government circular of October 2018 had abolished it following an earlier wave of student "
        'protests. Students call the day Hasina fell "36 July", counting on from the first day of the movement as '
        "though the month had never ended.",
        "2. Chronology",
        "01/07/2024: Students at Dhaka University begin a sit-in and blockade of the Shahbagh intersection.\n"
        '14/07/2024: At a press conference, the prime minister asks whether the grandchildren of "razakars" should '
        "get the jobs instead; protests erupt on campuses overnight.\n"
        "15.07.2024: Members of the Chhatra League, the ruling party's student wing, attack students at Dhaka "
        "University; more than 300 are injured.\n"
        "16 July: Abu Sayed, a student at Begum Rokeya University in Rangpur, is shot dead by police with his arms "
        "outstretched. Six people are killed that day.\n"
        '18 July: "Complete shutdown" called by the students; mobile internet is cut, and broadband the following '
        "day.\n"
        "19-20 July: curfew imposed from midnight; the army is deployed with orders to shoot on sight.\n"
        "21 July: The Appellate Division cuts the quota to 7 per cent.\n"
        "23 July: broadband partly restored after five days.\n"
        "26 July: six coordinators of the movement taken from hospital by the Detective Branch and held for six "
        "days.\n"
        "3 August: the students announce their one-point demand, the resignation of the government, at the Central "
        "Shaheed Minar.\n"
        "4 August: at least 97 people killed, including 14 police officers in Sirajganj.\n"
        "05/08/2024: Hasina resigns and flies to India by military helicopter.\n"
        "8 August: an interim government led by Muhammad Yunus, 84, is sworn in.",
        "3. Killings",
        "A doctor at Dhaka Medical College Hospital told our researchers that on the evening of Friday 19 July "
        '"the corridors were full of boys with bullet wounds". "We received more than 40 bodies in two days," '
        'he said. "Most were shot in the head, chest or abdomen." He asked not to be named. The hospital\'s '
        "register, which we have seen, lists 37 deaths on 19 and 20 July alone.",
        "Witnesses in Jatrabari described police firing from an overpass for about three hours on the afternoon of "
        "5 August, after the prime minister had already left. At least 52 people died there that day, the deadliest "
        "single incident we have documented. Two days later, residents found two more bodies in a canal.",
        "4. Arrests and detention",
        'Police filed more than 700 cases between 17 July and 4 August, most of them against "unknown" persons, '
        "a practice that allows officers to add names later. Most detainees we interviewed were held for 48 hours or "
        "more before being produced in court, and several said they had been beaten in custody. One boy, aged 15, "
        "was remanded for seven days. Courts granted bail to most students after 6 August.",
        "5. Since the change of government",
        "On 14 August, the interim government said it would invite the UN to investigate. A team from the Office of "
        "the UN High Commissioner for Human Rights arrived in Dhaka on 22 August and is expected to report by the end "
        "of the year. Last month also saw revenge attacks on police stations and on Hindu homes and temples in at "
        "least 20 districts; the interim government has promised to prosecute those responsible.",
        "This month, the government formed six reform commissions, including one on the police. We welcome this "
        "step but note that the Anti-Terrorism Act of 2009 and the Digital Security Act of 2018, used against "
        "students in July, remain in force. We call on the authorities to repeal them before 16 December, Victory "
        "Day.",
    ],
    [
        ("July–August 2024", "2024-07/2024-08"),
        ("September 2024", "2024-09"),
        ("1 July to 31 August 2024", "2024-07-01/2024-08-31"),
        ("16 July and 5 August", "2024-07-16/2024-08-05"),
        ("1971", "1971"),
        ("5 June", "2024-06-05"),
        ("October 2018", "2018-10"),
        ("36 July", "2024-08-05"),
        ("01/07/2024", "2024-07-01"),
        ("14/07/2024", "2024-07-14"),
        ("15.07.2024", "2024-07-15"),
        ("16 July", "2024-07-16"),
        ("that day", "2024-07-16"),
        ("18 July", "2024-07-18"),
        ("the following day", "2024-07-19"),
        ("19-20 July", "2024-07-19/2024-07-20"),
        ("21 July", "2024-07-21"),
        ("23 July", "2024-07-23"),
        ("26 July", "2024-07-26"),
        ("3 August", "2024-08-03"),
        ("4 August", "2024-08-04"),
        ("05/08/2024", "2024-08-05"),
        ("8 August", "2024-08-08"),
        ("Friday 19 July", "2024-07-19"),
        ("19 and 20 July", "2024-07-19/2024-07-20"),
        ("5 August", "2024-08-05"),
        ("that day", "2024-08-05"),
        ("Two days later", "2024-08-07"),
        ("17 July and 4 August", "2024-07-17/2024-08-04"),
        ("6 August", "2024-08-06"),
        ("14 August", "2024-08-14"),
        ("22 August", "2024-08-22"),
        ("the end of the year", "2024"),
        ("Last month", "2024-08"),
        ("This month", "2024-09"),
        ("2009", "2009"),
        ("2018", "2018"),
        ("July", "2024-07"),
        ("16 December", "2024-12-16"),
    ],
)

# 7. An anniversary story with an "Updated" line: "a year ago today", "March 27 last year", holidays.
art(
    "r18-myanmar-anniversary",
    "2022-02-01",
    [
        "Myanmar's streets empty in 'silent strike' on coup anniversary",
        "Updated: Tuesday, February 1, 2022, 18:45 Yangon time\nBy AP staff, with reporting from our correspondent "
        "in Bangkok",
        "BANGKOK (AP) — Shops closed and streets emptied in cities across Myanmar on Tuesday as opponents of military "
        'rule staged a "silent strike" to mark the first anniversary of the army\'s seizure of power. Photos on '
        "social media showed deserted roads in Yangon and Mandalay from 10 a.m. to 4 p.m., the hours set by the "
        "organisers.",
        "The military junta had warned on Monday that shopkeepers who closed their businesses could be charged with "
        "terrorism and have their property seized. State media reported that dozens of people had been arrested "
        "over the past week for promoting the strike on Facebook.",
        "The army ousted the elected government of Aung San Suu Kyi on Feb. 1, 2021, saying that the November 2020 "
        "election, which her National League for Democracy had won in a landslide, was marred by fraud. Independent "
        "observers found no evidence of widespread irregularities in the Nov. 8 vote.",
        '"A year ago today, we woke up and the phones were dead and the soldiers were on the streets," said a '
        "29-year-old teacher in Yangon who joined the civil disobedience movement in the first week after the coup "
        'and has been in hiding since. "We lost a year. We will not lose another."',
        "Security forces have killed 1,503 people since the takeover, according to the Assistance Association for "
        "Political Prisoners, which keeps a detailed tally. The group said on Sunday that 11,838 people had been "
        "arrested, of whom 8,792 were still in detention. The junta says the figures are exaggerated.",
        "The deadliest day was March 27 last year, Armed Forces Day, when more than 160 people were killed across the "
        "country. Earlier that month, on March 14, soldiers killed at least 65 people in the Yangon industrial "
        "suburb of Hlaingthaya. On Christmas Eve, more than 35 people, including two staff members of the charity "
        "Save the Children, were killed and their bodies burned in Kayah state.",
        "Suu Kyi, 76, has been sentenced to six years in prison so far. On Dec. 6, a court sentenced her to four "
        "years for incitement and breaking COVID-19 rules; the junta's leader, Senior Gen. Min Aung Hlaing, "
        "reduced the term to two years the same day. On Jan. 10, she received four more years on charges that "
        "included illegally importing walkie-talkies. Her next hearing is set for Feb. 14. Her lawyers have been "
        "barred from speaking to the press since early December.",
        "Myanmar has been ruled by the military for most of the time since a coup in 1962. Student-led protests in "
        "1988 were crushed after a general strike on Aug. 8, 1988, remembered as 8-8-88, and in 2007 soldiers fired "
        "on monks leading the so-called Saffron Revolution. A decade of partial reform began with the 2010 election "
        "and ended, for many in the country, last February.",
        "The U.N. Security Council is due to discuss Myanmar on Thursday. In a statement issued on Monday, U.N. "
        "Secretary-General António Guterres called for the release of all political prisoners and said the "
        'humanitarian situation had become "catastrophic". The U.N. says more than 400,000 people have been '
        "displaced since the coup, and 14 million need assistance.",
        "The United States, Britain and Canada announced new sanctions on Monday against officials of the "
        "junta, including the attorney general and the chief justice of the Supreme Court. The European Union said "
        'in a statement late on Jan. 31 that it "stands with the people of Myanmar".',
        "In the week to Jan. 28, the AAPP documented 23 killings, most of them in the Sagaing region, where "
        "the army has been burning villages since the end of last year. The junta has said it will hold an election "
        'in August 2023 "if the situation is peaceful and stable".',
        "Opponents of the junta have formed a shadow National Unity Government and armed People's Defence Forces, "
        "some of which have been trained by ethnic armed groups in the border regions. Fighting has spread to areas "
        'of central Myanmar that had been peaceful for decades. "The military thought people would give up after '
        'a few months," said Dr. Sasa, a spokesman for the shadow government. "They did not."',
        "This story has been corrected to show that Suu Kyi's first sentence was handed down on Dec. 6, not Dec. 7.",
    ],
    [
        ("Tuesday, February 1, 2022", "2022-02-01"),
        ("Tuesday", "2022-02-01"),
        ("Monday", "2022-01-31"),
        ("Feb. 1, 2021", "2021-02-01"),
        ("November 2020", "2020-11"),
        ("Nov. 8", "2020-11-08"),
        ("A year ago today", "2021-02-01"),
        ("Sunday", "2022-01-30"),
        ("March 27 last year", "2021-03-27"),
        ("Earlier that month", "2021-03"),
        ("March 14", "2021-03-14"),
        ("Christmas Eve", "2021-12-24"),
        ("Dec. 6", "2021-12-06"),
        ("Jan. 10", "2022-01-10"),
        ("Feb. 14", "2022-02-14"),
        ("early December", "2021-12"),
        ("1962", "1962"),
        ("1988", "1988"),
        ("Aug. 8, 1988", "1988-08-08"),
        ("8-8-88", "1988-08-08"),
        ("2007", "2007"),
        ("2010", "2010"),
        ("last February", "2021-02"),
        ("Thursday", "2022-02-03"),
        ("Jan. 31", "2022-01-31"),
        ("Jan. 28", "2022-01-28"),
        ("the end of last year", "2021"),
        ("August 2023", "2023-08"),
        ("Dec. 7", "2021-12-07"),
    ],
)

# 8. A rights network's statement with no publication date: Hijri dates beside Gregorian ones, "Today".
art(
    "r18-sudan-sitin",
    None,
    [
        "Three years on, no justice for the victims of the Khartoum sit-in massacre",
        "Joint statement by 14 Sudanese and regional human rights organisations\nKhartoum / Kampala, 3 June 2022",
        "Today marks three years since the violent dispersal of the sit-in outside the army's general command in "
        "Khartoum, on the morning of 29 Ramadan 1440 (3 June 2019), when forces of the then Transitional Military "
        "Council, led by the Rapid Support Forces (RSF), attacked thousands of peaceful protesters. At least 127 "
        "people were killed, according to the Central Committee of Sudan Doctors; the bodies of some were thrown "
        "into the Nile. Dozens of women and men were raped. Hundreds remain missing.",
        "The sit-in began on 6 April 2019, the anniversary of the 1985 uprising that toppled Jaafar Nimeiri, and "
        "grew into the heart of the revolution. Five days later, on 11 April, the army removed Omar al-Bashir, who "
        "had ruled Sudan since a coup on 30 June 1989. Protesters stayed on, demanding civilian rule. Between "
        "6 April and 3 June 2019, the square outside the command became a city of its own, with clinics, "
        "libraries and murals.",
        "On the first day of Eid al-Fitr, 1 Shawwal 1440 (4 June 2019), the military council announced that it was "
        "cancelling all agreements with the opposition. The internet was shut down the following day and was "
        "not fully restored until 9 July, after a court ruling. On 30 June 2019, hundreds of thousands marched in "
        'the "millions march", and at least seven people were killed.',
        "The independent investigation committee formed by Prime Minister Abdalla Hamdok on 20 September 2019, "
        "chaired by the lawyer Nabil Adib, was given three months to report. It had still not reported when the "
        "military seized power again on 25 October 2021, and its offices were raided by soldiers two days later. "
        '"The committee has been paralysed since the coup," a member told one of our organisations in '
        'December. "Our files are no longer safe."',
        "Since the coup, at least 99 people have been killed during protests, according to the doctors' committee. "
        "The deadliest day was 17 November 2021, when 16 people were killed in Khartoum North alone. On 13 January "
        "2022, the committee said that seven people had been shot dead in a single day, and on 17 January another "
        "seven. Hamdok, who had been reinstated on 21 November under an agreement with the army, resigned on "
        "2 January.",
        "We, the undersigned organisations, note that:\n"
        "1. No member of the security forces has been convicted for any killing on 3 June 2019.\n"
        "2. The cases of at least 34 people held for more than three months without charge, among them a "
        "17-year-old, have been repeatedly postponed.\n"
        "3. Article 45 of the Armed Forces Act of 2007 continues to be used to grant immunity.\n"
        "4. The judicial authority ordered in May the release of only 22 of the detainees.",
        "On Tuesday 31 May 2022, security forces fired live ammunition at protesters in Omdurman and Khartoum, "
        "killing a 22-year-old man, the doctors' committee said the following day. Since then, more than 40 "
        "people have been arrested ahead of the anniversary marches called for this week.",
        '"For three years we have asked one question: who gave the order?" said the mother of Abbas Farah, a '
        'student killed on 3 June. "They give us committees, they give us speeches, they give us nothing."',
        "The RSF, whose commander, Mohamed Hamdan Dagalo, known as Hemedti, is now deputy head of the Sovereignty "
        'Council, has denied ordering the dispersal and has blamed "infiltrators" wearing its uniforms. The '
        "public prosecution said it had referred several cases to court but gave no names. Families of the missing "
        "say that bodies have been found in morgues in Khartoum and Omdurman, some of them stored for months "
        "without identification, and that the authorities have refused to allow independent forensic experts to "
        "examine them.",
        "The signatories call on the African Union and the UN Human Rights Council, whose next session opens on "
        "13 June, to establish an independent international mechanism. We also call on the military authorities "
        "to allow the marches planned for 30 June, the anniversary of the 2019 and 1989 events, to proceed without "
        "violence.",
        "Signatories (in alphabetical order): African Centre for Justice and Peace Studies; Darfur Bar Association; "
        "Sudan Human Rights Monitor; and 11 others.",
    ],
    [
        ("3 June 2022", "2022-06-03"),
        ("Today", "2022-06-03"),
        ("29 Ramadan 1440", "2019-06-03"),
        ("3 June 2019", "2019-06-03"),
        ("6 April 2019", "2019-04-06"),
        ("1985", "1985"),
        ("Five days later", "2019-04-11"),
        ("11 April", "2019-04-11"),
        ("30 June 1989", "1989-06-30"),
        ("6 April and 3 June 2019", "2019-04-06/2019-06-03"),
        ("1 Shawwal 1440", "2019-06-04"),
        ("4 June 2019", "2019-06-04"),
        ("the following day", "2019-06-05"),
        ("9 July", "2019-07-09"),
        ("30 June 2019", "2019-06-30"),
        ("20 September 2019", "2019-09-20"),
        ("25 October 2021", "2021-10-25"),
        ("two days later", "2021-10-27"),
        ("December", "2021-12"),
        ("17 November 2021", "2021-11-17"),
        ("13 January 2022", "2022-01-13"),
        ("17 January", "2022-01-17"),
        ("21 November", "2021-11-21"),
        ("2 January", "2022-01-02"),
        ("2007", "2007"),
        ("May", "2022-05"),
        ("Tuesday 31 May 2022", "2022-05-31"),
        ("the following day", "2022-06-01"),
        ("3 June", "2019-06-03"),
        ("13 June", "2022-06-13"),
        ("30 June", "2022-06-30"),
        ("2019", "2019"),
        ("1989", "1989"),
    ],
)


# 9. A feature dated only by its month: a year-old story told from its start, a dateline-free anniversary.
art(
    "r18-chile-plebiscite",
    "2020-10",
    [
        "Chile, a year after the estallido, votes on its constitution",
        "Feature | October 2020 | Santiago",
        "It began with a fare rise of 30 pesos. On 6 October 2019, the Santiago metro raised its peak fare to 830 "
        "pesos, and secondary-school students began mass fare-dodging the following day, jumping the turnstiles in "
        "groups of dozens. By Friday 18 October, metro stations were burning, and just before midnight President "
        "Sebastián Piñera declared a state of emergency. The next day soldiers were on the streets of the capital "
        'for the first time since the return to democracy in 1990. Chileans still call that day "18-O".',
        "A curfew was imposed on the night of 19 October and lasted, with interruptions, until 28 October. On 25 "
        "October 2019, more than a million people marched in Santiago, the largest demonstration in the country's "
        'history. "Chile despertó" — Chile woke up — was written on walls from Arica to Punta Arenas.',
        "On 12 November, unions called a general strike. Three days later, on 15 November, the main parties signed "
        'an "Agreement for Social Peace and the New Constitution", which set a plebiscite for 26 April 2020. The '
        "coronavirus pandemic pushed the vote back to 25 October.",
        "The cost was high. The National Human Rights Institute (INDH) said it had filed more than 2,500 criminal "
        "complaints on behalf of victims, among them more than 460 people who suffered eye injuries, most from "
        "pellets fired by the Carabineros, the national police. Gustavo Gatica, a 21-year-old psychology student, "
        "was blinded in both eyes on 8 November 2019. Fabiola Campillai, a factory worker, lost her sight, smell "
        "and taste when a tear-gas canister struck her face on her way to work on 26 November. The officer "
        "accused of firing it was discharged from the force but has not been tried.",
        "Piñera's approval rating fell to 6% in December, the lowest for any president since polling began. He "
        'has said the police made "mistakes" but has rejected claims of systematic abuse. In a report published '
        "in December 2019, the UN human rights office, headed by the former president Michelle Bachelet, found "
        '"a high number of serious human rights violations".',
        "On Sunday, 18 October 2020, the first anniversary, tens of thousands gathered in Plaza Italia — renamed "
        "Plaza Dignidad by the protesters — and two churches were set on fire in the evening. The government "
        "condemned the arson and said 580 people had been arrested across the country. The following Sunday, 25 "
        "October, some 14.8 million Chileans are eligible to vote.",
        "The question on the ballot is simple: do you want a new constitution? The current one was drafted under "
        "Augusto Pinochet, who seized power in the coup of 11 September 1973 and ruled from 1973 to 1990, and it "
        "was approved in a plebiscite held under military rule in 1980. It has been amended many times, most "
        "substantially in 2005, but critics say it still enshrines a state that leaves health, pensions and "
        "education to the market.",
        'Polls suggest that "Apruebo" will win by a wide margin. Voters will also choose whether the new text '
        "should be written by a fully elected convention or by one half made up of members of Congress. If the "
        "convention is approved, its members will be elected in April and will have nine months, extendable once "
        "by three, to write a draft, which would then go to a second, compulsory plebiscite.",
        "Not everyone is hopeful. On 3 October, a police officer was charged with pushing a 16-year-old boy off a "
        "bridge into the Mapocho river the previous day during a protest. The boy survived with fractures to both "
        'wrists. "They have not changed anything," said his mother, who asked not to be named. "A year on, '
        'they are still throwing children into the river."',
        "The Senate approved a bill last month to reform the Carabineros, but it has yet to pass the lower house. "
        'The interior minister, Víctor Pérez, said the government would "guarantee order" on polling day, and '
        "that 30,000 police and soldiers would be deployed to protect polling stations.",
        'For many of those who marched, the vote is only a beginning. "We did not go out into the streets for a '
        'piece of paper," said Camila Rojas, a nurse from the southern commune of La Pintana who was hit by a '
        'rubber pellet in the leg during a march. "We went out because our parents worked all their lives and '
        'get a pension that does not pay for their medicines." Business groups, for their part, warn that a new '
        "text could scare off investors, and the right-wing parties of the governing coalition are divided: some "
        'of their leaders have come out for "Apruebo", others campaign for "Rechazo".',
    ],
    [
        ("October 2020", "2020-10"),
        ("6 October 2019", "2019-10-06"),
        ("the following day", "2019-10-07"),
        ("Friday 18 October", "2019-10-18"),
        ("The next day", "2019-10-19"),
        ("1990", "1990"),
        ("18-O", "2019-10-18"),
        ("19 October", "2019-10-19"),
        ("28 October", "2019-10-28"),
        ("25 October 2019", "2019-10-25"),
        ("12 November", "2019-11-12"),
        ("Three days later", "2019-11-15"),
        ("15 November", "2019-11-15"),
        ("26 April 2020", "2020-04-26"),
        ("25 October", "2020-10-25"),
        ("8 November 2019", "2019-11-08"),
        ("26 November", "2019-11-26"),
        ("December", "2019-12"),
        ("December 2019", "2019-12"),
        ("Sunday, 18 October 2020", "2020-10-18"),
        ("The following Sunday, 25 October", "2020-10-25"),
        ("11 September 1973", "1973-09-11"),
        ("1973 to 1990", "1973/1990"),
        ("1980", "1980"),
        ("2005", "2005"),
        ("April", "2021-04"),
        ("3 October", "2020-10-03"),
        ("the previous day", "2020-10-02"),
        ("last month", "2020-09"),
    ],
)

# 10. A live page kept oldest first, stamped day-first, with "yesterday", "tomorrow" and holidays.
art(
    "r18-kazakhstan-live",
    "2022-01-06",
    [
        "Kazakhstan unrest: live updates",
        "Last updated 06.01.2022, 21:40 (Almaty time). Our team in Almaty and Nur-Sultan is following events; "
        "mobile internet in the country remains largely cut, so some reports cannot be verified.",
        "Wednesday 5 January",
        "09:12 — Protests that began on Sunday in the oil town of Zhanaozen, over a doubling of the price of "
        "liquefied gas used by most cars in the west of the country, have spread to Almaty, Aktobe, Shymkent and "
        "other cities. Overnight, police in Almaty used stun grenades and tear gas against a crowd of several "
        "thousand in Republic Square.",
        "11:30 — President Kassym-Jomart Tokayev has accepted the resignation of the government, which was "
        "announced this morning. The deputy prime minister, Alikhan Smailov, will serve as acting prime minister.",
        "14:05 — The monitoring group NetBlocks says the country has been under a near-total internet blackout "
        "since about 17:00 local time yesterday. Banks and cash machines in Almaty are not working.",
        "16:40 — Protesters have stormed the mayor's office in Almaty and set part of it on fire, video verified "
        "by our team shows. The airport has been seized.",
        "18:50 — Tokayev declares a state of emergency across the whole country until 19 January, with a curfew "
        'from 23:00 to 07:00. He says "terrorist gangs" trained abroad are behind the unrest.',
        "23:15 — Tokayev has asked the Russia-led Collective Security Treaty Organisation (CSTO) for help. "
        "Armenia's prime minister, Nikol Pashinyan, who chairs the alliance, says the request has been accepted.",
        "Thursday 6 January",
        "07:45 — Good morning. Russian paratroopers began arriving overnight. The interior ministry said this "
        'morning that "dozens" of attackers had been "liquidated" in Almaty in the night, and that 18 members '
        "of the security forces had been killed, two of them beheaded. It gave the number detained as 2,298.",
        "10:20 — Some background. Zhanaozen was the scene of the worst violence in Kazakhstan since independence. "
        "On 16 December 2011, police fired on striking oil workers in the town's main square during celebrations of "
        "the 20th anniversary of independence, killing at least 14 people. The cap on the price of liquefied gas "
        "was lifted on 1 January, New Year's Day, and the price at the pump nearly doubled within hours.",
        "12:00 — Nursultan Nazarbayev, 81, ruled Kazakhstan from 1991 until he stepped down in March 2019, "
        "keeping the title of Leader of the Nation and, until yesterday, the chairmanship of the Security Council. "
        "Tokayev took that post himself in a televised address. Nazarbayev has not been seen in public since "
        "the end of December.",
        "13:25 — The former head of the National Security Committee, Karim Massimov, has been arrested on "
        "suspicion of treason, the committee said in a statement dated 06.01.2022. He was removed from his post on "
        "Wednesday.",
        "15:30 — Tokayev will address parliament on Tuesday, 11 January, his office said. The Kremlin says the "
        'CSTO mission will last "as long as necessary".',
        "17:05 — The US State Department says Secretary of State Antony Blinken will speak to Kazakhstan's foreign "
        "minister, Mukhtar Tileuberdi, tomorrow. The UN Secretary-General, António Guterres, called for "
        "restraint.",
        "18:10 — Rights groups are alarmed by the president's words. Human Rights Watch said the authorities "
        "must not use the state of emergency as a pretext to crack down on peaceful protesters, and that the "
        '"shoot without warning" order reported by state television would, if confirmed, breach international '
        "law. Kazakhstan's human rights ombudsman, Elvira Azimova, said her office was receiving complaints from "
        "relatives who could not find detained family members. The Kazakhstan International Bureau for Human "
        "Rights and Rule of Law said lawyers had been denied access to police stations in Almaty and Taraz.",
        "18:45 — Reader question: why gas? Most cars in the Mangystau region run on liquefied petroleum gas, which "
        "was for years sold at a price set by the state. The government says the shift to market pricing was "
        "meant to end shortages; protesters say it was the last straw after years of rising prices, low wages and "
        "anger at the wealth of the elite.",
        "19:30 — A woman in Almaty, reached by telephone, said she had not been able to leave her flat for 48 "
        'hours. "There is shooting every night. We have bread for two more days," she said. Her son, 19, had '
        "gone out to buy medicine on Wednesday evening and has not come back.",
        "21:40 — Orthodox Christmas falls on 7 January; the Russian Orthodox Church in Almaty has cancelled its "
        "midnight service. We are pausing our coverage for the night and will resume in the morning.",
    ],
    [
        ("06.01.2022", "2022-01-06"),
        ("Wednesday 5 January", "2022-01-05"),
        ("Sunday", "2022-01-02"),
        ("this morning", "2022-01-05"),
        ("yesterday", "2022-01-04"),
        ("19 January", "2022-01-19"),
        ("Thursday 6 January", "2022-01-06"),
        ("this morning", "2022-01-06"),
        ("16 December 2011", "2011-12-16"),
        ("1 January", "2022-01-01"),
        ("New Year's Day", "2022-01-01"),
        ("1991", "1991"),
        ("March 2019", "2019-03"),
        ("yesterday", "2022-01-05"),
        ("the end of December", "2021-12"),
        ("Wednesday", "2022-01-05"),
        ("Tuesday, 11 January", "2022-01-11"),
        ("tomorrow", "2022-01-07"),
        ("7 January", "2022-01-07"),
        ("Orthodox Christmas", "2022-01-07"),
    ],
)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def check(item):
    """Every gold text is in the text; a weekday written with a full-day value falls on it; no pair twice."""
    seen = set()
    for text, value in item["dates"]:
        assert text in item["text"], (item["id"], text)
        assert (text, value) not in seen, (item["id"], text, value)
        seen.add((text, value))
        low = text.lower()
        for n, name in enumerate(WEEKDAYS):
            if name in low and len(value) == 10:
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
        print(
            name,
            len(items),
            [r["id"] for r in items],
            sum(len(r["text"].split()) for r in items),
            "words,",
            sum(len(r["dates"]) for r in items),
            "dates",
        )


if __name__ == "__main__":
    main()
