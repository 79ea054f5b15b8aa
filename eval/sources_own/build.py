"""Build the round-17 figure-source probe set (articles of our own, invented text).

Each article lists its figures with the source the text gives them (``asserted_by``);
quotes, places and dates are left empty (this set scores `figures+source` only).
The split is by the SHA-1 of the id (sorted; first half `work`, second half `held`),
fixed before tally ran on any article. Run: python eval/sources_own/build.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tally.evaluate.reports_gold import fig as gold_figure

HERE = Path(__file__).parent


def F(value, category, asserted_by, evidence, qualifier="exact", value_max=None):  # noqa: N802
    """One gold figure (``tally.evaluate.reports_gold.fig``), qualifier last and ``exact`` unless said."""
    return gold_figure(value, qualifier, category, asserted_by, evidence, value_max)


ARTICLES = [
    dict(
        id="s17-iran-zahedan",
        outlet="Reuters",
        published="2022-11-03",
        title="Iran protest toll rises in southeast, officials say",
        text=(
            "DUBAI, Nov 3 (Reuters) - At least 41 people have been killed in a week of protests in Iran's "
            "Sistan-Baluchestan province, a provincial official said on Thursday.\n\n"
            "The police chief of Zahedan said on state television that 16 members of the security forces were "
            "among the dead. Brigadier General Ahmad Taheri told IRNA that 150 people had been arrested in the "
            "city since Friday.\n\n"
            "Rights group Hengaw put the number of dead higher, at 66, citing relatives and local sources. The "
            "Oslo-based group said 300 people had been wounded."
        ),
        figures=[
            F(41, "killed", "a provincial official", "At least 41 people have been killed", "at_least"),
            F(16, "killed", "Brigadier General Ahmad Taheri", "16 members of the security forces"),
            F(150, "arrested", "Brigadier General Ahmad Taheri", "150 people had been arrested"),
            F(66, "killed", "Hengaw", "at 66"),
            F(300, "injured", "Hengaw", "300 people had been wounded"),
        ],
    ),
    dict(
        id="s17-sudan-camp",
        outlet="Reuters",
        published="2019-06-05",
        title="Sudan forces storm protest camp",
        text=(
            "KHARTOUM, June 5 (Reuters) - Around 100 people were killed when security forces stormed a protest "
            "camp in Khartoum on Monday. The toll, provided to Reuters by two doctors at the city's main "
            "hospitals, could not be independently verified.\n\n"
            "The Transitional Military Council said 7 members of the Rapid Support Forces were wounded in the "
            "operation. The council denied that its forces had fired on unarmed protesters.\n\n"
            "The Central Committee of Sudanese Doctors, which is close to the protest movement, said more than "
            "500 people had been injured. The committee said it had counted 40 bodies pulled from the Nile."
        ),
        figures=[
            F(
                100,
                "killed",
                "two doctors at the city's main hospitals",
                "Around 100 people were killed",
                "about",
            ),
            F(7, "injured", "Transitional Military Council", "7 members of the Rapid Support Forces"),
            F(500, "injured", "Central Committee of Sudanese Doctors", "500 people had been injured", "over"),
            F(40, "killed", "Central Committee of Sudanese Doctors", "40 bodies"),
        ],
    ),
    dict(
        id="s17-bangladesh-live",
        outlet="Al Jazeera",
        published="2024-07-19",
        title="Bangladesh protests: live updates",
        text=(
            "Bangladesh protests: live updates\n\n"
            "14:20 - The death toll from Friday's clashes in Dhaka has risen to 39, per the Daily Star, which "
            "cited hospital records.\n\n"
            "14:45 - Police have detained 560 people across the capital since Thursday (per Dhaka Metropolitan "
            "Police). A spokesman for the force said 110 officers were among the injured.\n\n"
            "15:10 - At least 12 students were shot dead in Rangpur, according to Prothom Alo's sources at "
            "Rangpur Medical College Hospital."
        ),
        figures=[
            F(39, "killed", "Daily Star", "risen to 39"),
            F(560, "detained", "Dhaka Metropolitan Police", "detained 560 people"),
            F(110, "injured", "Dhaka Metropolitan Police", "110 officers"),
            F(
                12,
                "killed",
                "Prothom Alo's sources at Rangpur Medical College Hospital",
                "At least 12 students",
                "at_least",
            ),
        ],
    ),
    dict(
        id="s17-kenya-tax",
        outlet="AP",
        published="2024-06-26",
        title="Kenyan police fire on tax protesters",
        text=(
            "NAIROBI, Kenya (AP) — Kenyan police shot dead at least 23 protesters during demonstrations against "
            "new taxes on Tuesday, the Kenya National Commission on Human Rights said.\n\n"
            "Irungu Houghton, executive director of Amnesty Kenya, told The Associated Press that 300 people had "
            "been arrested in Nairobi alone. He said many were held without charge.\n\n"
            "The Kenya Medical Association said its volunteers had treated 160 injured people at makeshift "
            "clinics. The association said 13 of them had gunshot wounds."
        ),
        figures=[
            F(
                23,
                "killed",
                "Kenya National Commission on Human Rights",
                "at least 23 protesters",
                "at_least",
            ),
            F(300, "arrested", "Irungu Houghton", "300 people had been arrested"),
            F(160, "injured", "Kenya Medical Association", "160 injured people"),
            F(13, "injured", "Kenya Medical Association", "13 of them had gunshot wounds"),
        ],
    ),
    dict(
        id="s17-myanmar-amnesty",
        outlet="Amnesty International",
        published="2021-03-11",
        title="Myanmar: Military escalates lethal tactics against protesters",
        text=(
            "Amnesty International has verified that security forces have killed at least 70 people since the "
            "coup on 1 February, the organisation said today. The Assistance Association for Political "
            "Prisoners (AAPP), a local monitoring group, has recorded more than 2,000 arrests.\n\n"
            "\u201cThe military is escalating its lethal tactics,\u201d said Joanne Mariner of Amnesty "
            "International. The organisation said it had also documented 18 cases of enforced disappearance."
        ),
        figures=[
            F(70, "killed", "Amnesty International", "killed at least 70 people", "at_least"),
            F(
                2000,
                "arrested",
                "Assistance Association for Political Prisoners",
                "more than 2,000 arrests",
                "over",
            ),
            F(18, "disappeared", "Amnesty International", "18 cases of enforced disappearance"),
        ],
    ),
    dict(
        id="s17-belarus-belta",
        outlet="BelTA",
        published="2020-08-10",
        title="Interior Ministry reports detentions after unauthorized gatherings",
        text=(
            "MINSK, Aug. 10 (BelTA) - The Interior Ministry of Belarus said on Monday that 3,000 people had been "
            "detained in unauthorized gatherings across the country on Sunday night. According to the statement, "
            "89 people, including 39 law enforcement officers, were injured.\n\n"
            "The Investigative Committee has opened 20 criminal cases over mass riots, its press service said."
        ),
        figures=[
            F(3000, "detained", "Interior Ministry of Belarus", "3,000 people had been detained"),
            F(89, "injured", "Interior Ministry of Belarus", "89 people"),
            F(39, "injured", "Interior Ministry of Belarus", "39 law enforcement officers"),
            F(20, "other", "Investigative Committee", "20 criminal cases"),
        ],
    ),
    dict(
        id="s17-georgia-hrw",
        outlet="Human Rights Watch",
        published="2024-12-10",
        title="Georgia: Police Beat Protesters, Detain Hundreds",
        text=(
            "(Berlin) \u2013 Georgian police used excessive force against largely peaceful protesters in Tbilisi, "
            "Human Rights Watch said today. A report by the Public Defender of Georgia found that 300 people had "
            "been detained between November 28 and December 5, and that at least 80 of them had visible "
            "injuries.\n\n"
            "The Interior Ministry said 143 police officers had been injured. Human Rights Watch interviewed 25 "
            "people who were detained."
        ),
        figures=[
            F(300, "detained", "Public Defender of Georgia", "300 people had been detained"),
            F(80, "injured", "Public Defender of Georgia", "at least 80 of them", "at_least"),
            F(143, "injured", "Interior Ministry", "143 police officers"),
        ],
    ),
    dict(
        id="s17-peru-puno",
        outlet="Reuters",
        published="2023-01-10",
        title="Deadly clashes in southern Peru",
        text=(
            "LIMA, Jan 10 (Reuters) - Clashes between protesters and police in Peru's southern Puno region killed "
            "17 people on Monday, the country's health ministry said, as the ombudsman's office urged calm.\n\n"
            "The ombudsman's office, which has tracked the unrest since December, said the overall toll had "
            "reached 39. The Interior Ministry said a police officer was burned to death in his car in "
            "Juliaca.\n\n"
            "At least 68 people were treated in hospitals in Juliaca, regional health director Rosa Quispe said."
        ),
        figures=[
            F(17, "killed", "health ministry", "killed 17 people"),
            F(39, "killed", "ombudsman's office", "reached 39"),
            F(68, "injured", "Rosa Quispe", "At least 68 people were treated", "at_least"),
        ],
    ),
    dict(
        id="s17-iraq-afp",
        outlet="AFP",
        published="2019-11-28",
        title="Iraqi forces kill protesters in Baghdad and Nasiriyah",
        text=(
            "BAGHDAD (AFP) - Security forces fired live rounds at demonstrators in Baghdad and Nasiriyah on "
            "Thursday, killing at least 28 people, medics told AFP.\n\n"
            "A spokesman for the Iraqi High Commission for Human Rights, Ali al-Bayati, told AFP that 1,100 "
            "people had been wounded in the two cities. The commission said security forces had arrested 65 "
            "demonstrators.\n\n"
            "The interior ministry put the number of injured police at 12."
        ),
        figures=[
            F(28, "killed", "medics", "killing at least 28 people", "at_least"),
            F(1100, "injured", "Ali al-Bayati", "1,100 people had been wounded"),
            F(65, "arrested", "Iraqi High Commission for Human Rights", "arrested 65"),
            F(12, "injured", "interior ministry", "injured police at 12"),
        ],
    ),
    dict(
        id="s17-iran-javanrud",
        outlet="Iran International",
        published="2022-11-21",
        title="Security forces open fire in Javanrud",
        text=(
            "Security forces killed at least 9 protesters in the city of Javanrud in Kermanshah province on "
            "Monday, according to Hengaw's sources in the city.\n\n"
            "The Kurdistan Human Rights Network said 42 people had been wounded by live fire and that 21 had been "
            "arrested in overnight raids. Local sources told Iran International that the bodies of 4 of the dead "
            "had been taken away by security agents."
        ),
        figures=[
            F(9, "killed", "Hengaw", "at least 9 protesters", "at_least"),
            F(42, "injured", "Kurdistan Human Rights Network", "42 people had been wounded"),
            F(21, "arrested", "Kurdistan Human Rights Network", "21 had been"),
            F(4, "killed", "local sources", "the bodies of 4"),
        ],
    ),
    dict(
        id="s17-nicaragua-ohchr",
        outlet="OHCHR",
        published="2018-07-20",
        title="Press briefing notes on Nicaragua",
        text=(
            "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani\n\n"
            "We are deeply concerned by the ongoing violence in Nicaragua. Since 18 April, at least 264 people "
            "have been killed, according to figures compiled by our Office. More than 1,800 have been injured.\n\n"
            "The Nicaraguan Center for Human Rights (CENIDH) has reported that some 400 people remain in "
            "detention. The Government has said 22 police officers have died."
        ),
        figures=[
            F(264, "killed", "OHCHR", "at least 264 people", "at_least"),
            F(1800, "injured", "OHCHR", "More than 1,800", "over"),
            F(400, "detained", "Nicaraguan Center for Human Rights", "some 400 people", "about"),
            F(22, "killed", "Government", "22 police officers"),
        ],
    ),
    dict(
        id="s17-tehran-judiciary",
        outlet="Tehran Times",
        published="2022-10-31",
        title="Judiciary issues indictments against rioters",
        text=(
            "TEHRAN \u2013 The head of the Judiciary in Tehran province said on Tuesday that 1,000 indictments had "
            "been issued against rioters in the capital. Ali Alghasi-Mehr said the trials of the accused would be "
            "held in public.\n\n"
            "The governor of Kurdistan province, Esmail Zarei-Kousha, said 18 members of the security forces had "
            "been martyred in the province in recent weeks. According to the governor, 300 rioters had been "
            "arrested."
        ),
        figures=[
            F(1000, "other", "Ali Alghasi-Mehr", "1,000 indictments"),
            F(18, "killed", "Esmail Zarei-Kousha", "18 members of the security forces"),
            F(300, "arrested", "Esmail Zarei-Kousha", "300 rioters"),
        ],
    ),
    dict(
        id="s17-ecuador-ombudsman",
        outlet="Reuters",
        published="2019-10-12",
        title="Ecuador protest toll released",
        text=(
            "QUITO, Oct 12 (Reuters) - Five people have died and 554 have been injured in more than a week of "
            "protests in Ecuador. The figures were released on Saturday by the country's ombudsman, Freddy "
            "Carrion.\n\n"
            "Police have arrested 929 people, the government said. Indigenous group CONAIE said 30 of its members "
            "were missing."
        ),
        figures=[
            F(5, "killed", "Freddy Carrion", "Five people have died"),
            F(554, "injured", "Freddy Carrion", "554 have been injured"),
            F(929, "arrested", "government", "arrested 929 people"),
            F(30, "disappeared", "CONAIE", "30 of its members"),
        ],
    ),
    dict(
        id="s17-kazakh-wiki",
        outlet="Wikipedia",
        published=None,
        title="2022 Kazakh unrest",
        text=(
            "The unrest began on 2 January after a sudden rise in liquefied gas prices. According to the "
            "Prosecutor General's Office, 238 people were killed, including 19 members of the security "
            "forces. The Ministry of Internal Affairs reported that 9,900 people had been detained.[12]\n\n"
            "Human Rights Watch documented 4 cases of people killed by security forces in Almaty who posed no "
            "threat. Per a report by the health ministry, 4,500 people sought medical help."
        ),
        figures=[
            F(238, "killed", "Prosecutor General's Office", "238 people were killed"),
            F(19, "killed", "Prosecutor General's Office", "19 members of the security"),
            F(9900, "detained", "Ministry of Internal Affairs", "9,900 people had been detained"),
            F(4, "killed", "Human Rights Watch", "4 cases of people killed"),
            F(4500, "injured", "health ministry", "4,500 people sought medical help"),
        ],
    ),
    dict(
        id="s17-zimbabwe-forum",
        outlet="AP",
        published="2019-01-22",
        title="Zimbabwe crackdown killed 12, rights group says",
        text=(
            "HARARE, Zimbabwe (AP) \u2014 Zimbabwean soldiers and police killed 12 people during a crackdown on "
            "fuel price protests, a rights group said Tuesday. The Zimbabwe Human Rights NGO Forum said it had "
            "also recorded 78 cases of gunshot wounds and 242 cases of assault.\n\n"
            "The rights group said more than 700 people had been arrested, including opposition officials. "
            "Police spokeswoman Charity Charamba said 3 people had died, one of them a police officer."
        ),
        figures=[
            F(12, "killed", "Zimbabwe Human Rights NGO Forum", "killed 12 people"),
            F(78, "injured", "Zimbabwe Human Rights NGO Forum", "78 cases of gunshot wounds"),
            F(242, "injured", "Zimbabwe Human Rights NGO Forum", "242 cases of assault"),
            F(700, "arrested", "Zimbabwe Human Rights NGO Forum", "more than 700 people", "over"),
            F(3, "killed", "Charity Charamba", "3 people had died"),
        ],
    ),
    dict(
        id="s17-serbia-n1",
        outlet="Balkan Insight",
        published="2023-07-08",
        title="Tear gas outside Serbian parliament",
        text=(
            "BELGRADE \u2013 At least 40 people were injured as police fired tear gas at protesters outside the "
            "National Assembly on Saturday night, the independent broadcaster N1 reported. The Belgrade-based "
            "outlet said 12 of them were police officers.\n\n"
            "The interior minister, Ivica Dacic, said 22 protesters had been detained. The Center for Research, "
            "Transparency and Accountability (CRTA), which monitors rallies, estimated the crowd at 35,000."
        ),
        figures=[
            F(40, "injured", "N1", "At least 40 people were injured", "at_least"),
            F(12, "injured", "N1", "12 of them were police officers"),
            F(22, "detained", "Ivica Dacic", "22 protesters had been detained"),
            F(
                35000,
                "protesters",
                "Center for Research, Transparency and Accountability",
                "the crowd at 35,000",
            ),
        ],
    ),
    dict(
        id="s17-pakistan-punjab",
        outlet="Reuters",
        published="2023-05-12",
        title="Pakistan clashes after Khan arrest",
        text=(
            "ISLAMABAD, May 12 (Reuters) - At least 8 people have been killed in clashes between supporters of "
            "former Prime Minister Imran Khan and police, according to a report by the Punjab police. The report "
            "said 290 police officers had been injured and 1,650 people arrested in the province.\n\n"
            "Khan's party, Pakistan Tehreek-e-Insaf, said in a statement that 40 of its supporters had been "
            "killed. Reuters could not independently verify either figure."
        ),
        figures=[
            F(8, "killed", "Punjab police", "At least 8 people have been killed", "at_least"),
            F(290, "injured", "Punjab police", "290 police officers"),
            F(1650, "arrested", "Punjab police", "1,650 people arrested"),
            F(40, "killed", "Pakistan Tehreek-e-Insaf", "40 of its supporters"),
        ],
    ),
    dict(
        id="s17-guinea-donka",
        outlet="AFP",
        published="2019-10-17",
        title="Protesters shot dead in Conakry",
        text=(
            "CONAKRY (AFP) - Three young protesters were shot dead in Conakry on Thursday, a doctor at Donka "
            "hospital told AFP, as the opposition called for more demonstrations.\n\n"
            "The National Front for the Defence of the Constitution (FNDC), which organised the march, said 70 "
            "people had been arrested. Security minister Albert Damantang Camara told journalists that 11 "
            "gendarmes had been wounded by stones."
        ),
        figures=[
            F(3, "killed", "a doctor at Donka hospital", "Three young protesters"),
            F(
                70,
                "arrested",
                "National Front for the Defence of the Constitution",
                "70 people had been arrested",
            ),
            F(11, "injured", "Albert Damantang Camara", "11 gendarmes"),
        ],
    ),
    dict(
        id="s17-hongkong-xinhua",
        outlet="Xinhua",
        published="2019-11-18",
        title="Hong Kong police arrest rioters",
        text=(
            "HONG KONG, Nov. 18 (Xinhua) -- Hong Kong police arrested 1,100 people in the past 24 hours, the "
            "police said on Monday. Among them, 600 were arrested near the Hong Kong Polytechnic University, a "
            "police spokesman said.\n\n"
            "The Hospital Authority said 116 people were sent to hospitals on Sunday, including 2 in critical "
            "condition."
        ),
        figures=[
            F(1100, "arrested", "police", "arrested 1,100 people"),
            F(600, "arrested", "police", "600 were arrested"),
            F(116, "injured", "Hospital Authority", "116 people were sent to hospitals"),
            F(2, "injured", "Hospital Authority", "2 in critical"),
        ],
    ),
    dict(
        id="s17-cuba-cubalex",
        outlet="Cubalex",
        published="2021-08-02",
        title="Cubalex monthly report: July 2021",
        text=(
            "Cubalex has documented 187 detentions linked to the 11 July protests. Of these, 62 people remain in "
            "custody, according to information provided by relatives.\n\n"
            "The Cuban Observatory of Human Rights, a Madrid-based group, has counted 5 deaths. The organisation "
            "told us that 20 people were still missing."
        ),
        figures=[
            F(187, "detained", "Cubalex", "187 detentions"),
            F(62, "detained", "relatives", "62 people remain in custody"),
            F(5, "killed", "Cuban Observatory of Human Rights", "5 deaths"),
            F(20, "disappeared", "Cuban Observatory of Human Rights", "20 people were still missing"),
        ],
    ),
    dict(
        id="s17-ethiopia-oromiya",
        outlet="Reuters",
        published="2020-07-02",
        title="Ethiopia unrest toll",
        text=(
            "ADDIS ABABA, July 2 (Reuters) - Ethiopian police said on Thursday that 166 people had been killed in "
            "two days of unrest in Oromiya region after the killing of a popular singer.\n\n"
            "Girma Gelam, deputy police commissioner for Oromiya, said 155 civilians and 11 security personnel "
            "were among the dead. The Ethiopian Human Rights Commission, an independent state-affiliated body, "
            "said in an earlier statement that at least 123 people had died. Federal police said more than 2,300 "
            "people had been arrested."
        ),
        figures=[
            F(166, "killed", "Ethiopian police", "166 people had been killed"),
            F(155, "killed", "Girma Gelam", "155 civilians"),
            F(11, "killed", "Girma Gelam", "11 security personnel"),
            F(123, "killed", "Ethiopian Human Rights Commission", "at least 123 people had died", "at_least"),
            F(2300, "arrested", "Federal police", "more than 2,300", "over"),
        ],
    ),
    dict(
        id="s17-lebanon-redcross",
        outlet="Al Jazeera",
        published="2020-08-08",
        title="Beirut protesters clash with security forces",
        text=(
            "BEIRUT \u2013 The Lebanese Red Cross said on Saturday it had treated 142 people at the scene of "
            "protests in central Beirut and transported 63 others to hospitals. The Internal Security Forces said "
            "in a tweet that 52 of its members were wounded.\n\n"
            "An army statement said 37 people had been detained for rioting. According to the statement, the "
            "detainees included 4 Syrians."
        ),
        figures=[
            F(142, "injured", "Lebanese Red Cross", "treated 142 people"),
            F(63, "injured", "Lebanese Red Cross", "63 others"),
            F(52, "injured", "Internal Security Forces", "52 of its members"),
            F(37, "detained", "army", "37 people had been detained"),
            F(4, "detained", "army", "4 Syrians"),
        ],
    ),
    dict(
        id="s17-indonesia-jakarta",
        outlet="Reuters",
        published="2019-09-25",
        title="Hundreds hurt in Jakarta protests",
        text=(
            "JAKARTA, Sept 25 (Reuters) - More than 300 people were injured in protests against a new criminal "
            "code in Jakarta, a city health official said on Wednesday.\n\n"
            "Jakarta police chief Gatot Eddy Pramono said 94 people had been arrested. Separately, the national "
            "human rights commission, Komnas HAM, said 2 students had been shot dead in Kendari, citing hospital "
            "records."
        ),
        figures=[
            F(300, "injured", "a city health official", "More than 300 people were injured", "over"),
            F(94, "arrested", "Gatot Eddy Pramono", "94 people had been arrested"),
            F(2, "killed", "Komnas HAM", "2 students had been shot dead"),
        ],
    ),
    dict(
        id="s17-almaty-health",
        outlet="AP",
        published="2022-01-07",
        title="Almaty hospitals fill after rioting",
        text=(
            "ALMATY, Kazakhstan (AP) \u2014 The head of the city's health department said on Friday that 1,300 "
            "people had sought treatment after two days of rioting. Kamalzhan Nadyrov told reporters that 400 of "
            "them had been admitted to hospitals and 62 were in intensive care.\n\n"
            "The Interior Ministry said 16 police officers had been killed."
        ),
        figures=[
            F(1300, "injured", "Kamalzhan Nadyrov", "1,300 people had sought treatment"),
            F(400, "injured", "Kamalzhan Nadyrov", "400 of them"),
            F(62, "injured", "Kamalzhan Nadyrov", "62 were in intensive care"),
            F(16, "killed", "Interior Ministry", "16 police officers"),
        ],
    ),
    dict(
        id="s17-mozambique-decide",
        outlet="Lusa",
        published="2024-11-04",
        title="Post-election violence in Mozambique",
        text=(
            "MAPUTO \u2013 Plataforma Decide, a civil society electoral monitoring platform, said in a statement "
            "on Monday that 30 people had been killed by police since the October 9 election. The statement "
            "said 128 people had been injured and 400 detained.\n\n"
            "Police spokesman Orlando Mudumane acknowledged 3 deaths but said officers had acted in self-defence."
        ),
        figures=[
            F(30, "killed", "Plataforma Decide", "30 people had been killed"),
            F(128, "injured", "Plataforma Decide", "128 people had been injured"),
            F(400, "detained", "Plataforma Decide", "400 detained"),
            F(3, "killed", "Orlando Mudumane", "3 deaths"),
        ],
    ),
    dict(
        id="s17-chad-kebzabo",
        outlet="AFP",
        published="2022-10-20",
        title="Dozens killed in Chad protests",
        text=(
            "N'DJAMENA (AFP) - About 50 people were killed on Thursday, including 10 police officers, in clashes "
            "with demonstrators in Chad. Prime Minister Saleh Kebzabo announced the toll at a news conference on "
            "Thursday evening.\n\n"
            "Opposition leader Succes Masra said the real figure was closer to 200. The Chadian Convention for "
            "the Defence of Human Rights said 600 people had been arrested, 83 of them minors."
        ),
        figures=[
            F(50, "killed", "Prime Minister Saleh Kebzabo", "About 50 people were killed", "about"),
            F(10, "killed", "Prime Minister Saleh Kebzabo", "10 police officers"),
            F(200, "killed", "Succes Masra", "closer to 200", "about"),
            F(
                600,
                "arrested",
                "Chadian Convention for the Defence of Human Rights",
                "600 people had been arrested",
            ),
            F(83, "arrested", "Chadian Convention for the Defence of Human Rights", "83 of them minors"),
        ],
    ),
    dict(
        id="s17-iran-live",
        outlet="Al Jazeera",
        published="2022-11-13",
        title="Iran protests live: Death toll climbs",
        text=(
            "Iran protests live: Death toll climbs\n\n"
            "10:05 GMT \u2013 Norway-based Iran Human Rights says at least 326 people, including 43 children, have "
            "been killed by security forces since September.\n\n"
            "10:40 GMT \u2013 More than 15,000 people have been arrested, per the rights news agency HRANA. The "
            "group said 25 universities had been raided by security agents."
        ),
        figures=[
            F(326, "killed", "Iran Human Rights", "at least 326 people", "at_least"),
            F(43, "killed", "Iran Human Rights", "43 children"),
            F(15000, "arrested", "HRANA", "More than 15,000 people", "over"),
            F(25, "places", "HRANA", "25 universities"),
        ],
    ),
    dict(
        id="s17-nigeria-lekki",
        outlet="Reuters",
        published="2020-10-21",
        title="Soldiers fire on Lagos protesters",
        text=(
            "LAGOS, Oct 21 (Reuters) - Soldiers opened fire on protesters at the Lekki toll gate in Lagos on "
            "Tuesday night, killing at least 12 people, Amnesty International said. Two witnesses told Reuters "
            "they had seen 5 bodies carried away by soldiers.\n\n"
            "The army denied that its troops were at the scene. Lagos state governor Babajide Sanwo-Olu said 25 "
            "people had been wounded. The rights group said 56 people had died across the country since protests "
            "began."
        ),
        figures=[
            F(12, "killed", "Amnesty International", "killing at least 12 people", "at_least"),
            F(5, "killed", "two witnesses", "5 bodies"),
            F(25, "injured", "Babajide Sanwo-Olu", "25 people had been wounded"),
            F(56, "killed", "Amnesty International", "56 people had died"),
        ],
    ),
    dict(
        id="s17-venezuela-foro",
        outlet="Efecto Cocuyo",
        published="2024-08-11",
        title="Detentions after the election",
        text=(
            "CARACAS \u2013 Foro Penal, the Venezuelan legal aid group, said on Sunday that 1,303 people had been "
            "detained since the July 28 election. Its director, Alfredo Romero, told a news conference that 114 "
            "of the detainees were teenagers.\n\n"
            "Attorney General Tarek William Saab gave a higher figure of 2,229 arrests. The Venezuelan "
            "Observatory of Social Conflict reported 915 protests in two days."
        ),
        figures=[
            F(1303, "detained", "Foro Penal", "1,303 people had been detained"),
            F(114, "detained", "Alfredo Romero", "114 of the detainees"),
            F(2229, "arrested", "Tarek William Saab", "2,229 arrests"),
            F(915, "other", "Venezuelan Observatory of Social Conflict", "915 protests"),
        ],
    ),
    dict(
        id="s17-togo-mango",
        outlet="Reuters",
        published="2017-09-21",
        title="Deaths in northern Togo protests",
        text=(
            "LOME, Sept 21 (Reuters) - Security forces killed 4 people in the northern town of Mango during "
            "opposition protests this week. The deaths were confirmed on Friday by the minister of security, Yark "
            "Damehame, who said 2 of the dead were children.\n\n"
            "The Togolese League of Human Rights said 100 people had been arrested in Lome and Sokode."
        ),
        figures=[
            F(4, "killed", "Yark Damehame", "killed 4 people"),
            F(2, "killed", "Yark Damehame", "2 of the dead"),
            F(100, "arrested", "Togolese League of Human Rights", "100 people had been arrested"),
        ],
    ),
    dict(
        id="s17-russia-ovd",
        outlet="Reuters",
        published="2021-01-31",
        title="Thousands detained at Navalny protests",
        text=(
            "MOSCOW, Jan 31 (Reuters) - Russian police detained more than 5,000 people at protests in support of "
            "jailed Kremlin critic Alexei Navalny on Sunday, according to OVD-Info, a group that monitors "
            "arrests. The group said 1,600 of them were detained in Moscow.\n\n"
            "The Moscow police said about 2,000 people had taken part in the unauthorised rally."
        ),
        figures=[
            F(5000, "detained", "OVD-Info", "more than 5,000 people", "over"),
            F(1600, "detained", "OVD-Info", "1,600 of them"),
            F(2000, "protesters", "Moscow police", "about 2,000 people", "about"),
        ],
    ),
    dict(
        id="s17-eswatini-amnesty",
        outlet="The Guardian",
        published="2021-12-07",
        title="Eswatini unrest toll",
        text=(
            "MBABANE \u2013 At least 46 people were killed during the unrest of June and July, Amnesty "
            "International said in a report on Tuesday. The report, compiled with Lawyers for Human Rights "
            "Swaziland, said 245 people had been arrested.\n\n"
            "Government spokesperson Alpheous Nxumalo said the figure of 27 deaths recorded by the police was "
            "the correct one."
        ),
        figures=[
            F(46, "killed", "Amnesty International", "At least 46 people were killed", "at_least"),
            F(245, "arrested", "Amnesty International", "245 people had been arrested"),
            F(27, "killed", "police", "27 deaths"),
        ],
    ),
    dict(
        id="s17-sudan-omdurman",
        outlet="AFP",
        published="2022-01-09",
        title="Protesters killed in Omdurman",
        text=(
            "KHARTOUM (AFP) - Thousands of protesters marched toward the presidential palace and the headquarters "
            "of the UN mission on Sunday. Security forces fired tear gas, and 3 protesters were killed in "
            "Omdurman, the Central Committee of Sudanese Doctors said.\n\n"
            "The committee, which is aligned with the protest movement, said 120 people had been injured, some "
            "by live rounds. Police said 45 officers had been hurt."
        ),
        figures=[
            F(1000, "protesters", "AFP", "Thousands of protesters", "vague"),
            F(3, "killed", "Central Committee of Sudanese Doctors", "3 protesters were killed"),
            F(120, "injured", "Central Committee of Sudanese Doctors", "120 people had been injured"),
            F(45, "injured", "Police", "45 officers had been hurt"),
        ],
    ),
    dict(
        id="s17-cameroon-kamto",
        outlet="Reuters",
        published="2020-09-23",
        title="Cameroon police arrest opposition supporters",
        text=(
            "YAOUNDE, Sept 23 (Reuters) - Cameroonian police arrested more than 500 supporters of opposition "
            "leader Maurice Kamto during banned protests on Tuesday, his lawyer told Reuters. Emmanuel Simh said 6 "
            "of those detained were party officials.\n\n"
            "Government spokesman Rene Emmanuel Sadi told state radio that only 40 people had been arrested."
        ),
        figures=[
            F(500, "arrested", "Emmanuel Simh", "more than 500 supporters", "over"),
            F(6, "arrested", "Emmanuel Simh", "6 of those detained"),
            F(40, "arrested", "Rene Emmanuel Sadi", "only 40 people"),
        ],
    ),
]


def main() -> None:
    lines: dict[str, list[str]] = {"work": [], "held": []}
    ids = sorted((hashlib.sha1(a["id"].encode()).hexdigest(), a["id"]) for a in ARTICLES)
    half = len(ids) // 2
    split_of = {art_id: ("work" if i < half else "held") for i, (_, art_id) in enumerate(ids)}
    for art in ARTICLES:
        for fig in art["figures"]:
            ev = fig["evidence"]
            assert ev in art["text"] or ev in art["title"], (art["id"], ev)
        row = {**art, "url": None, "quotes": [], "places": [], "dates": []}
        lines[split_of[art["id"]]].append(json.dumps(row, ensure_ascii=False))
    for name, rows in lines.items():
        (HERE / "reports" / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(name, len(rows), "articles")


if __name__ == "__main__":
    main()
