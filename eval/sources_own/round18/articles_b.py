"""Round-18 probe articles, second part (invented text; see README.md)."""

from __future__ import annotations

from articles_a import F, P

OHCHR_BRIEFING = dict(
    id="s18-ohchr-briefing-bangladesh-venezuela",
    outlet="UN Human Rights Office",
    published="2024-08-06",
    title="Press briefing notes on Bangladesh and Venezuela",
    text=P(
        "Spokesperson for the UN High Commissioner for Human Rights: Marta Hurtado",
        "Location: Geneva",
        "Date: 6 August 2024",
        "Subject: Bangladesh and Venezuela",
        "1) Bangladesh",
        "We welcome the announcement that an interim government will be formed in Bangladesh, and we call for "
        "a transition that is peaceful and that puts the rights of all Bangladeshis at its centre.",
        "The last few weeks have been marked by shocking violence. According to information gathered by our "
        "Office from a range of sources, at least 440 people have been killed since mid-July, including at "
        "least 32 children. Many of them were shot by security forces using live ammunition against people "
        "who posed no imminent threat. We have so far been able to verify 90 of these deaths individually; "
        "the work continues.",
        "The figures published by the Government are markedly lower. The Ministry of Home Affairs said on "
        "Sunday, in a statement carried by the state news agency BSS, that 150 people had died and that 478 "
        "members of the police had been injured. It did not give a breakdown of how the civilians had died.",
        "Students' groups and local media, citing hospital records, have reported that more than 11,000 people "
        "have been arrested across the country, many of them in mass raids on neighbourhoods near the "
        "universities. Odhikar, a Dhaka-based group which has documented extrajudicial killings and "
        "disappearances for three decades, told our Office it had information on 82 people still missing, "
        "whose families had been unable to locate them in any police station or prison.",
        "The High Commissioner calls on the authorities to release everyone arbitrarily detained, and to "
        "ensure that all those responsible for unlawful killings are held accountable through prompt, "
        "impartial and transparent investigations. Our Office stands ready to support a fact-finding process.",
        "We are also alarmed by reports of revenge attacks, in the last two days, against members and "
        "supporters of the Awami League and against religious minorities. Hindu community organisations told "
        "the Dhaka Tribune that 27 temples and homes had been attacked in 19 districts; 2 people were killed, "
        "the groups said, a figure local police later confirmed to reporters. These attacks must stop.",
        "2) Venezuela",
        "Turning to Venezuela, we are concerned by the high number of arrests since the 28 July presidential "
        "election, and by statements from the highest authorities that those detained will face the harshest "
        "punishment.",
        "President Nicolas Maduro said on Saturday that 2,229 people had been arrested, whom he called "
        '"criminals" trained abroad. The Attorney General, Tarek William Saab, told a press conference that '
        "the figure included 96 teenagers and that most would be charged with terrorism and incitement to "
        "hatred.",
        "Foro Penal, a group of lawyers which provides free legal aid to political detainees, said its own "
        "count, as of Monday, stood at 1,062 people detained, among them 126 women and 91 adolescents. The "
        "organisation said its lawyers had been denied access to almost all of them.",
        "Our Office has also received reports that at least 24 people were killed in the protests that "
        "followed the announcement of the results, most of them in poor neighbourhoods of Caracas and of "
        "Maracay, Valencia and Barquisimeto. Provea, a Venezuelan rights organisation which has documented "
        "abuses since 1988, attributes 11 of these deaths to the armed pro-government groups known as "
        "colectivos. The Government has given a toll of 25 dead, 3 of them members of the National Guard, "
        "and blames the opposition.",
        "Witnesses described to our colleagues how armed men on motorcycles fired at residents of Petare "
        "and other neighbourhoods of Caracas who had gathered to bang pots in protest. Several of the "
        "people killed were teenagers, and some were shot at night inside their homes, according to their "
        "relatives. We call on the authorities to disarm these groups and to investigate every death, "
        "including those of members of the security forces.",
        "We are particularly concerned about people detained for posting messages on social media, and about "
        "reports that passports have been cancelled. Anyone detained solely for the peaceful exercise of "
        "their rights must be released immediately.",
        "The High Commissioner urges the authorities to publish the full results broken down by polling "
        "station, and to allow an independent verification. He calls on all political leaders to refrain from "
        "language that incites violence.",
        "For more information and media requests please contact: the OHCHR media unit in Geneva.",
        "Tag and share - Twitter: @UNHumanRights and Facebook: unitednationshumanrights",
    ),
    figures=[
        F(440, "killed", "UN Human Rights Office", "at least 440 people have been killed", "at_least"),
        F(32, "killed", "UN Human Rights Office", "least 32 children", "at_least"),
        F(90, "killed", "UN Human Rights Office", "verify 90 of these deaths"),
        F(150, "killed", "The Ministry of Home Affairs", "150 people had died"),
        F(478, "injured", "The Ministry of Home Affairs", "478 members of the police"),
        F(11000, "arrested", "Students' groups and local media", "more than 11,000 people", "over"),
        F(82, "disappeared", "Odhikar", "82 people still missing"),
        F(27, "other", "Hindu community organisations", "27 temples and homes"),
        F(19, "places", "Hindu community organisations", "19 districts"),
        F(2, "killed", "Hindu community organisations", "2 people were killed", confirmed_by="local police"),
        F(2229, "arrested", "President Nicolas Maduro", "2,229 people had been arrested"),
        F(96, "arrested", "The Attorney General, Tarek William Saab", "96 teenagers"),
        F(1062, "detained", "Foro Penal", "1,062 people detained"),
        F(126, "detained", "Foro Penal", "126 women"),
        F(91, "detained", "Foro Penal", "91 adolescents"),
        F(24, "killed", "UN Human Rights Office", "at least 24 people were killed", "at_least"),
        F(11, "killed", "Provea", "11 of these deaths"),
        F(25, "killed", "The Government", "a toll of 25 dead"),
        F(3, "killed", "The Government", "3 of them members"),
    ],
)


BELTA_MINSK = dict(
    id="s18-belta-minsk-unrest",
    outlet="BelTA",
    published="2020-08-12",
    title="Interior Ministry: over 6,700 detained during unauthorized mass events",
    text=P(
        "MINSK, 12 August (BelTA) - More than 6,700 people have been detained in Belarus for taking part in "
        "unauthorized mass events since the evening of 9 August, the press service of the Interior Ministry "
        "told BelTA.",
        "According to the ministry, about 700 people were detained over the past day alone. Most of them were "
        "taken into custody in Minsk, where groups of aggressive young people tried to block traffic and "
        "threw bottles and stones at law enforcement officers. The ministry said that 103 servicemen and "
        "police officers had been injured since Sunday, 28 of them were hospitalized.",
        '"Those who came to the streets were not peaceful citizens. They were coordinated from abroad through '
        'Telegram channels," Interior Minister Yuri Karayev told reporters on Wednesday. The minister added '
        "that law enforcement agencies had identified the organizers of the riots and that criminal cases had "
        "been opened.",
        "The Investigative Committee informed that it had initiated criminal proceedings against 82 people "
        "under the article on organizing and participating in mass riots, which carries a penalty of up to "
        "15 years in prison. The committee's official representative said that investigators were studying "
        "video recordings and that the number of suspects would grow.",
        "Speaking about the death of a participant in the riots near the Pushkinskaya metro station on Monday "
        "night, the ministry reiterated that the man had tried to throw an explosive device at officers and "
        "that it had exploded in his hands. Photos circulating online that allegedly show a gunshot wound are "
        "fakes, the ministry stressed.",
        "The Health Ministry reported that 200 citizens had sought medical help in the capital since Sunday "
        "and that 45 of them remained in hospital. Deputy Health Minister Elena Bogdan said that none of the "
        "patients was in a life-threatening condition. She called on citizens not to believe rumours about "
        "overcrowded hospitals.",
        "Meanwhile, the Prosecutor General's Office warned that those who call for riots on social networks "
        "will be held criminally liable. Prosecutor General Alexander Konyuk said on television that 1,200 "
        "people who had been detained were foreign citizens or persons with criminal records. That claim could "
        "not be checked.",
        "A number of foreign media outlets and Telegram channels, among them the Warsaw-based Nexta, have "
        "spread claims that hundreds of protesters are missing and that dozens have died. The Interior "
        'Ministry called these reports "a deliberate provocation". In response to an inquiry from BelTA, the '
        "ministry's spokesperson Olga Chemodanova said that all detainees were held in accordance with the "
        "law and that their relatives could find information through the hotline.",
        "The human rights center Viasna, whose activities are not registered in Belarus, claimed in a post on "
        "its website that 160 people had been beaten in the Okrestina detention facility and that it had "
        "collected the names of 3 people who had died since the election. The Interior Ministry said it had "
        "no information about such cases.",
        "In the regions, the situation was calm on Wednesday. In Brest, according to the regional executive "
        "committee, 25 people were detained on Tuesday evening after a group attacked a police car; 4 police "
        "officers were injured. In Gomel, the regional police department reported that 120 people had been "
        "detained over three days, and in Grodno 60 people.",
        "The Ministry of Foreign Affairs, for its part, summoned the charge d'affaires of Poland and "
        "protested against what it called interference in the internal affairs of Belarus. The ministry's "
        "spokesman said that statements by a number of European politicians were aimed at escalating the "
        "situation and at encouraging the participants of unauthorized actions. He recalled that, according "
        "to the Central Election Commission, the incumbent head of state won the election with a convincing "
        "result, and that international observers from the CIS had found no serious violations.",
        "Workers of a number of large enterprises, including the Minsk Tractor Works, continued to work "
        "normally, the enterprises' press services said. Unauthorized gatherings near the plants were "
        "dispersed without incident, the city police department added.",
        "On Wednesday evening, women with flowers formed human chains in several districts of Minsk. According "
        "to the Minsk city police department, about 250 people took part in the actions, which were not "
        "authorized by the city executive committee. No detentions were reported.",
        "The President of Belarus, Aleksandr Lukashenko, is expected to hold a meeting with the heads of the "
        "security agencies on Thursday. Earlier he said that the situation in the country was under control "
        'and that the state "will not allow the country to be torn apart".',
    ),
    figures=[
        F(6700, "detained", "the press service of the Interior Ministry", "More than 6,700 people", "over"),
        F(700, "detained", "the Interior Ministry", "about 700 people", "about"),
        F(103, "injured", "the Interior Ministry", "103 servicemen"),
        F(28, "injured", "the Interior Ministry", "28 of them were hospitalized"),
        F(82, "other", "The Investigative Committee", "82 people"),
        F(1200, "detained", "Prosecutor General Alexander Konyuk", "1,200"),
        F(200, "injured", "The Health Ministry", "200 citizens"),
        F(45, "injured", "The Health Ministry", "45 of them"),
        F(
            100,
            "disappeared",
            "A number of foreign media outlets and Telegram channels, among them the Warsaw-based Nexta",
            "hundreds of protesters are missing",
            "vague",
        ),
        F(
            12,
            "killed",
            "A number of foreign media outlets and Telegram channels, among them the Warsaw-based Nexta",
            "dozens have died",
            "vague",
        ),
        F(160, "injured", "The human rights center Viasna", "160 people had been beaten"),
        F(3, "killed", "The human rights center Viasna", "3 people who had died"),
        F(25, "detained", "the regional executive committee", "25 people were detained"),
        F(4, "injured", "the regional executive committee", "4 police"),
        F(120, "detained", "the regional police department", "120 people"),
        F(60, "detained", "the regional police department", "60 people"),
        F(250, "protesters", "the Minsk city police department", "about 250 people", "about"),
    ],
)


MYANMAR_EXILE = dict(
    id="s18-myanmar-exile-aapp",
    outlet="The Irrawaddy",
    published="2021-04-10",
    title="More than 80 killed in Bago as junta death toll passes 700",
    text=P(
        "By The Irrawaddy | 10 April 2021",
        "More than 80 people were killed by regime forces in Bago on Friday, residents and a rights group said, "
        "in one of the bloodiest single days since the military seized power on Feb. 1.",
        "Soldiers and police used rifle grenades and heavy machine guns against barricades in several wards of the "
        "town, about 90 km northeast of Yangon, from before dawn until the afternoon, residents told The "
        "Irrawaddy. The bodies of many of the dead were piled into army trucks and taken to a pagoda compound "
        "that troops had turned into a base, they said.",
        "The Assistance Association for Political Prisoners (AAPP), which has kept a daily count of arrests and "
        "killings since the coup, said on Saturday that 82 people had been killed in Bago. The group said the "
        "number could rise because residents had been unable to reach some neighbourhoods and because "
        "soldiers had refused to hand over bodies.",
        "With the Bago killings, the group's nationwide count rose to 701 people killed by the junta, among "
        "them at least 50 children. It said 3,012 people were in detention, 2,519 of them awaiting trial or "
        "sentencing, and that arrest warrants had been issued for 23 others, mostly celebrities and "
        "journalists.",
        "A Bago resident who helped carry the wounded to a monastery said he saw at least 20 bodies in one "
        'street alone. "They were shooting at anything that moved, even at dogs," he said, asking not to be '
        "named for fear of reprisals. Another resident told The Irrawaddy that her 15-year-old nephew was "
        "among the dead and that the family had not been allowed to collect his body.",
        "Regime claims",
        "Junta spokesman Major General Zaw Min Tun told a news conference in Naypyitaw on Friday that 248 "
        '"rioters" had died since February. He said 16 police officers had also been killed, and denied that '
        "security forces used automatic weapons.",
        '"If we had wanted to kill, they would have died in a few hours," he said, adding that the security '
        'forces exercised "utmost restraint". The spokesman repeated that the figures given by the AAPP, which '
        "the regime has declared an unlawful association, were exaggerated.",
        'State-run MRTV said on Friday night that security forces had cleared "barricades set up by terrorist '
        'rioters" in Bago, and that one rioter had been killed. The broadcaster made no mention of the other '
        "deaths.",
        "Confirmed by hospitals",
        "In Mandalay, where protests continued on Saturday despite the killings, medical workers at two "
        "hospitals told The Irrawaddy that they had received 7 bodies since Thursday, all with gunshot wounds. "
        "The deaths of 5 of them were later confirmed by the AAPP, which said it verifies each case with "
        "relatives or with those who buried the dead before adding it to its list.",
        "In Yangon's Hlaing Tharyar township, where an industrial zone was put under martial law last month "
        "after Chinese-owned factories were set on fire, a local rescue team said it had taken 12 wounded "
        "people to a clinic on Friday night. It is not clear who shot them.",
        "Some of those killed in Bago on Friday, according to a list compiled by a local strike committee and "
        "shared with The Irrawaddy:",
        "Ko Thet Naing Win, 25, a mechanic\n"
        "Ma Hnin Wai Phyo, 19, a university student\n"
        "U Kyaw Min Oo, 47, a trishaw driver, shot in front of his house\n"
        "Maung Aung Paing Soe, 16, a high school student",
        "The committee said it had collected the names of 58 of the dead so far.",
        "The National Unity Government, formed by ousted lawmakers, said in a statement that the killings in "
        "Bago amounted to crimes against humanity and called on the United Nations Security Council to act.",
        "In a separate development, the UN special envoy for Myanmar, Christine Schraner Burgener, who has "
        "been refused entry to the country, said on Friday that she had been told by sources in the country "
        "that more than 500 people had been wounded in the past week. She urged the regional bloc ASEAN to "
        "press the generals to end the violence.",
        "Read more: Junta declares martial law in Yangon townships",
        "Read more: AAPP lists names of children killed since the coup",
        "Editor's note: An earlier version of this story said the AAPP's count of people in detention was "
        "3,102. The correct figure is 3,012.",
    ),
    figures=[
        F(
            80,
            "killed",
            "residents and the Assistance Association for Political Prisoners (AAPP)",
            "More than 80 people were killed",
            "over",
        ),
        F(
            82,
            "killed",
            "The Assistance Association for Political Prisoners (AAPP)",
            "82 people had been killed",
        ),
        F(701, "killed", "The Assistance Association for Political Prisoners (AAPP)", "701 people killed"),
        F(
            50,
            "killed",
            "The Assistance Association for Political Prisoners (AAPP)",
            "at least 50 children",
            "at_least",
        ),
        F(3012, "detained", "The Assistance Association for Political Prisoners (AAPP)", "3,012 people"),
        F(2519, "detained", "The Assistance Association for Political Prisoners (AAPP)", "2,519 of them"),
        F(23, "other", "The Assistance Association for Political Prisoners (AAPP)", "23 others"),
        F(20, "killed", "A Bago resident", "at least 20 bodies", "at_least"),
        F(248, "killed", "Junta spokesman Major General Zaw Min Tun", "248"),
        F(16, "killed", "Junta spokesman Major General Zaw Min Tun", "16 police officers"),
        F(1, "killed", "State-run MRTV", "one rioter had been killed"),
        F(7, "killed", "medical workers at two hospitals", "7 bodies"),
        F(5, "killed", "medical workers at two hospitals", "5 of them", confirmed_by="AAPP"),
        F(12, "injured", "a local rescue team", "12 wounded"),
        F(58, "killed", "a local strike committee", "58 of the dead"),
        F(500, "injured", "Christine Schraner Burgener", "more than 500 people had been wounded", "over"),
    ],
)
