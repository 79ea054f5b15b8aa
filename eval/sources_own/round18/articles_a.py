"""Round-18 probe articles, first part (invented text; see README.md)."""

from __future__ import annotations

from typing import Any

from tally.evaluate.reports_gold import fig


def F(value, category, asserted_by, evidence, qualifier="exact", value_max=None, confirmed_by=None):  # noqa: N802
    """One gold figure; ``confirmed_by`` is recorded for readers, the scorer reads ``asserted_by``."""
    found: dict[str, Any] = fig(value, qualifier, category, asserted_by, evidence, value_max)
    if confirmed_by:
        found["confirmed_by"] = confirmed_by
    return found


def P(*paragraphs: str) -> str:  # noqa: N802
    """Paragraphs joined by blank lines, as the articles are stored."""
    return "\n\n".join(paragraphs)


IRAN_OFFICIALS = dict(
    id="s18-iran-officials-toll",
    outlet="Reuters",
    published="2022-11-24",
    title="Iran's crackdown has killed over 300, officials' count shows, as rights groups tally more",
    text=P(
        "By Dubai newsroom",
        "DUBAI, Nov 24 (Reuters) - More than 300 people, dozens of them teenagers, have been killed in the ten "
        "weeks of unrest that followed the death in custody of a young Kurdish woman, the first count to come "
        "from inside the Iranian state shows.",
        "The toll, provided to Reuters by three officials who spoke on condition of anonymity because of the "
        "sensitivity of the matter, is lower than those of rights groups but higher than any figure Tehran has "
        "given in public. It includes 46 members of the Basij militia, the police and the Revolutionary Guards, "
        "two of the officials said. One of them, who works at the interior ministry, said the figures had been "
        "gathered from provincial governors and had been shown to President Ebrahim Raisi last week.",
        '"Nobody expected it to go on this long," the interior ministry official said. "The order was to end '
        'it, whatever it took."',
        "Reuters could not independently verify the figures.",
        "PHOTO: Women walk past a burnt-out police kiosk in central Tehran, November 20, 2022. WANA via REUTERS",
        "Rights groups say the true number is far higher. Iran Human Rights, which has tracked executions and "
        "deaths in protests in the country since 2007, said on Wednesday that security forces had killed at "
        "least 416 people, 51 of them children and 27 of them women. The Oslo-based group said it had built its "
        "list from death certificates, accounts from relatives and footage it had checked, and that the real "
        "toll was likely higher because families were being pressed to stay silent.",
        "HRANA, a news agency run by activists that has published a daily tally since the first week, put the "
        "number of people detained at 18,170 by Tuesday. Protests, the agency said, had been held in 160 cities "
        "and at 143 universities, and it had recorded the arrests of 531 students.",
        "Iran's Supreme National Security Council gave a different picture. In a statement carried by state "
        "news agency IRNA on Saturday, the council said that 200 people, including members of the security "
        "forces, had died in what it called riots instructed by foreign enemies. It did not say how many of "
        "them were protesters.",
        "Much of the killing has taken place in the provinces. Hengaw, which monitors abuses in Iran's Kurdish "
        "regions, said security forces had killed 112 people in Kurdish-majority cities since September. In "
        "Mahabad alone, the Norway-registered group said, 5 people were shot dead on Sunday, a toll that was "
        "later confirmed by the city's governor in remarks to the semi-official ISNA news agency. The governor "
        'blamed "armed separatists" for the deaths.',
        "In the southeastern province of Sistan-Baluchestan, the bloodiest day of the unrest came on Sept. 30 in "
        "Zahedan. The Baluch Activists Campaign said 96 people had been killed there that day. A week later "
        "the provincial governor told state television that 35 people had died, and blamed militants who he "
        "said had attacked a police station.",
        "Read more:",
        "Iran sentences first protester to death as crackdown hardens",
        "Explainer: Who are Iran's Baluch and why is Zahedan restive?",
        "The judiciary has moved quickly against those it accuses of leading the unrest. A senior judiciary "
        "official in Tehran told the semi-official Tasnim news agency that about 1,000 indictments had been "
        "issued in the capital's province alone, and that hearings for 315 defendants would be held in public. "
        "At least 6 people have been sentenced to death, according to a tally by Amnesty International, which "
        'said the trials were "shams" that gave the accused no chance to defend themselves.',
        "The United Nations has also voiced alarm. Volker Turk, the U.N. human rights chief, said on Tuesday "
        'that more than 14,000 people had been arrested, "including children", and called on the authorities '
        "to release them. His office did not say how it arrived at the figure.",
        "Among the dead named by Iran Human Rights this week were Siavash Delkhah, 16, shot in the town of "
        "Bukan; Maryam Sohrabi, 22, a nursing student killed in Rasht; and Behnam Afshari, 31, who died in "
        "custody in Urmia days after his arrest. The group said 4 of the 51 children it had counted were "
        "younger than 12.",
        "Iranian officials have repeatedly accused Western outlets of inflating the toll. A spokesman for the "
        'foreign ministry said on Monday that "numbers invented in London and Oslo" would not change the '
        "facts on the ground.",
        "(Reporting by Dubai newsroom; Writing by Tom Perry; Editing by Angus MacSwan)",
    ),
    figures=[
        F(300, "killed", "three officials", "More than 300 people, dozens of them teenagers", "over"),
        F(12, "killed", "three officials", "dozens of them teenagers", "vague"),
        F(46, "killed", "three officials", "46 members of the Basij militia"),
        F(416, "killed", "Iran Human Rights", "at least 416 people", "at_least"),
        F(51, "killed", "Iran Human Rights", "51 of them children"),
        F(27, "killed", "Iran Human Rights", "27 of them women"),
        F(18170, "detained", "HRANA", "18,170"),
        F(160, "places", "HRANA", "160 cities"),
        F(143, "places", "HRANA", "143 universities"),
        F(531, "arrested", "HRANA", "531 students"),
        F(200, "killed", "Iran's Supreme National Security Council", "200 people, including members"),
        F(112, "killed", "Hengaw", "112 people in Kurdish-majority cities"),
        F(5, "killed", "Hengaw", "5 people were shot dead", confirmed_by="the city's governor"),
        F(96, "killed", "The Baluch Activists Campaign", "96 people had been killed"),
        F(35, "killed", "the provincial governor", "35 people had died"),
        F(1000, "other", "A senior judiciary official in Tehran", "about 1,000 indictments", "about"),
        F(315, "other", "A senior judiciary official in Tehran", "315 defendants"),
        F(6, "sentenced", "Amnesty International", "At least 6 people have been sentenced", "at_least"),
        F(14000, "arrested", "Volker Turk", "more than 14,000 people", "over"),
        F(4, "killed", "Iran Human Rights", "4 of the 51 children"),
    ],
)


KENYA_AMNESTY = dict(
    id="s18-kenya-amnesty-release",
    outlet="Amnesty International",
    published="2024-07-02",
    title="Kenya: At least 24 people killed as police use lethal force against protesters",
    text=P(
        "2 July 2024",
        "Kenyan police used lethal and excessive force against people protesting the Finance Bill 2024, killing "
        "at least 24 and injuring hundreds more across the country in the space of two weeks, Amnesty "
        "International Kenya and eleven other organisations said today.",
        "The organisations, which include the Law Society of Kenya, the Kenya Medical Association and the "
        "Police Reforms Working Group, documented the deaths through visits to hospitals and mortuaries and "
        "interviews with families, witnesses and medical workers in Nairobi, Nakuru, Kisumu, Eldoret and "
        "Mombasa. Of those killed, 19 were shot with live ammunition, most of them in the chest, head or back. "
        "The coalition also verified 361 injuries, among them at least 41 people with gunshot wounds.",
        '"What we saw on 25 June was a deliberate decision to shoot at unarmed young people," said Irungu '
        'Houghton, Executive Director of Amnesty International Kenya. "The police had many choices that day. '
        "They chose bullets.",
        '"Every one of these deaths must be investigated promptly, independently and transparently, and the '
        'officers responsible must face justice."',
        "Enforced disappearances",
        "In the days after the storming of Parliament, families and lawyers reported that young people had "
        "been taken from their homes, offices and the street by men in plain clothes. The Kenya National "
        "Commission on Human Rights (KNCHR), a state-funded body whose mandate includes monitoring police "
        "conduct, said on Monday that it had recorded 32 cases of enforced or involuntary disappearance and "
        "627 arrests since 18 June. The commission, which had monitors at most of the protest sites, put the "
        "number of deaths at 39, higher than the coalition's count because it included people who died of "
        "their injuries after 30 June.",
        "Police and government figures",
        "The National Police Service has given far lower figures. In a statement read on the state "
        'broadcaster KBC on 27 June, police spokesperson Resila Onyango said 6 people had died in "incidents '
        'linked to the protests" and 271 suspects had been arrested for looting and destruction of property. '
        "She said 58 police officers had been injured, some of them seriously.",
        "Interior Cabinet Secretary Kithure Kindiki later told the Senate that 22 deaths were being "
        "investigated by the Independent Policing Oversight Authority (IPOA). The authority, which by law must "
        "investigate every death caused by police action, said it had opened inquiries into 17 of them and had "
        "dispatched investigators to 8 counties.",
        "Amnesty International Kenya is concerned that none of the officers identified by witnesses has been "
        "suspended.",
        "Those killed",
        "Among the people whose deaths the coalition documented are:",
        "- Rex Masai, 29, shot in the thigh on Moi Avenue in Nairobi on 20 June; he bled to death before "
        "reaching hospital.\n"
        "- Evans Kiprotich, 21, a boda boda rider shot in the chest near Parliament Road on 25 June.\n"
        "- Ibrahim Wekesa, 17, a Form Three student shot in the back in Githurai 44 on the night of 25 June, "
        "one of 3 people killed in Githurai that night.\n"
        "- Amos Otieno, 34, who died in hospital on 1 July of a gunshot wound to the head sustained in Kisumu.",
        "Families told Amnesty International that police officers had refused to record their complaints. "
        "The mother of one young man killed in Githurai said officers at the local station told her to "
        '"go and bury your son and forget".',
        "The medical association separately said its members had treated 160 people at the Kenyatta National "
        "Hospital and at field clinics in central Nairobi on 25 June alone, and that 2 doctors and 5 nurses "
        "who were helping the wounded had been assaulted by officers. The association also condemned the "
        "firing of teargas into the compound of a church where volunteer medics were working.",
        "Background",
        "Protests against tax rises in the Finance Bill 2024 began in Nairobi on 18 June and spread to at "
        "least 35 of the country's counties, according to the KNCHR. President William Ruto withdrew the bill on "
        "26 June, a day after protesters broke into Parliament.",
        "Amnesty International Kenya, the Law Society of Kenya and their partners call on the authorities to "
        "release everyone held for peacefully protesting, to disclose the whereabouts of those who have "
        "disappeared and to allow the IPOA to do its work without obstruction.",
        "For more information or to arrange an interview, please contact the Amnesty International Kenya press "
        "office.",
    ),
    figures=[
        F(
            24,
            "killed",
            "Amnesty International Kenya and eleven other organisations",
            "killing at least 24",
            "at_least",
        ),
        F(
            100,
            "injured",
            "Amnesty International Kenya and eleven other organisations",
            "injuring hundreds more",
            "vague",
        ),
        F(
            19,
            "killed",
            "Amnesty International Kenya and eleven other organisations",
            "19 were shot with live ammunition",
        ),
        F(361, "injured", "Amnesty International Kenya and eleven other organisations", "361 injuries"),
        F(
            41,
            "injured",
            "Amnesty International Kenya and eleven other organisations",
            "at least 41 people with gunshot wounds",
            "at_least",
        ),
        F(32, "disappeared", "The Kenya National Commission on Human Rights (KNCHR)", "32 cases of enforced"),
        F(627, "arrested", "The Kenya National Commission on Human Rights (KNCHR)", "627 arrests"),
        F(39, "killed", "The Kenya National Commission on Human Rights (KNCHR)", "number of deaths at 39"),
        F(6, "killed", "police spokesperson Resila Onyango", "6 people had died"),
        F(271, "arrested", "police spokesperson Resila Onyango", "271 suspects"),
        F(58, "injured", "police spokesperson Resila Onyango", "58 police officers"),
        F(22, "killed", "Interior Cabinet Secretary Kithure Kindiki", "22 deaths"),
        F(17, "killed", "The Independent Policing Oversight Authority (IPOA)", "17 of them"),
        F(8, "places", "The Independent Policing Oversight Authority (IPOA)", "8 counties"),
        F(
            3,
            "killed",
            "Amnesty International Kenya and eleven other organisations",
            "3 people killed in Githurai",
        ),
        F(160, "injured", "the Kenya Medical Association", "160 people at the Kenyatta"),
        F(2, "injured", "the Kenya Medical Association", "2 doctors and 5 nurses"),
        F(5, "injured", "the Kenya Medical Association", "5 nurses"),
        F(35, "places", "the KNCHR", "at least 35 of the country's counties", "at_least"),
    ],
)
