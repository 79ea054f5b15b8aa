"""Round-18 probe articles, fourth part (invented text; see README.md)."""

from __future__ import annotations

from articles_a import F, P

TEHRAN_TIMES = dict(
    id="s18-tehran-times-riots",
    outlet="Tehran Times",
    published="2022-12-05",
    title="Judiciary: 2,000 indicted over riots, Western media figures 'fabricated'",
    text=P(
        "TEHRAN - Iran's judiciary has issued indictments for about 2,000 people accused of taking part in the "
        "recent riots across the country, the judiciary's spokesman said on Monday, while rejecting figures "
        'promoted by foreign-based Persian-language media as "pure fabrication".',
        "Speaking at his weekly press conference, Masoud Setayeshi said the cases of those indicted were "
        'being heard in the provinces where the crimes were committed. "The judiciary distinguishes between '
        'those who were deceived and the ringleaders who acted on the orders of the enemy," he said. He '
        "added that 1,200 detainees who had expressed remorse had been freed on the orders of the Judiciary "
        "Chief, Gholam-Hossein Mohseni-Ejei, in recent weeks.",
        "Setayeshi said that the judiciary had so far issued 5 death sentences over the killing of members of "
        "the security forces, and that the verdicts could be appealed at the Supreme Court. He did not name "
        "the defendants.",
        "Martyrs of security",
        "In the nearly three months of unrest, 58 members of the police, the Basij and the IRGC have been "
        "martyred, according to a list published by the Tasnim news agency, which is close to the Islamic "
        "Revolution Guards Corps. The agency said that more than 3,000 members of the security forces had "
        "been wounded, 720 of them seriously, many of them stabbed or hit with stones by rioters.",
        "Among those martyred was Basij member Mehdi Zarenejad, 27, who was killed in Karaj in November. The "
        'mourners at his funeral condemned what they called the "savage" acts of the rioters.',
        "Brigadier General Ali Fadavi, deputy commander of the IRGC, told state television that the enemies "
        "had spent billions of dollars on the riots. He said that security forces had arrested 47 members of "
        '"terrorist cells" linked to foreign intelligence services, and had seized 160 firearms and large '
        "quantities of explosives in the western provinces.",
        "Fabricated numbers",
        "The spokesman said that figures on deaths published by foreign-funded outlets such as Iran "
        'International, BBC Persian and Manoto were "pure lies", intended to keep the riots alive. He was '
        "referring to claims by the so-called Iran Human Rights, an organization based in Oslo, that 458 people "
        "had been killed by security forces, including 63 children.",
        '"They publish a list of names, and then we find that half of these people are alive, or died in '
        'accidents, or died in another country years ago," Setayeshi said.',
        "Last week, an official of the Interior Ministry told IRNA that fewer than 200 people had lost their "
        "lives in the riots, including the security forces. The official, Majid Mirahmadi, head of the "
        "ministry's security council, said that most of the dead had been killed by \"weapons that were not "
        'used by the police".',
        "The head of the Legal Medicine Organization, Abbas Masjedi, said on Sunday that his organization had "
        "received 370 bodies during the riots, some of them from accidents and natural causes; he stressed "
        "that not all of those deaths were related to the unrest. His comments came after the French news "
        "agency AFP published a report about bodies being held by the authorities.",
        "Riots in Zahedan",
        "In Sistan-Baluchestan province, the governor, Hossein Modarres Khiabani, said 35 people were killed "
        'on September 30 when "armed separatists" attacked a police station in Zahedan. He said 6 members of '
        "the IRGC were among the dead. Opposition groups abroad have claimed that 96 people were killed in the "
        'city on that day, a number the governor called "a lie spread by terrorists".',
        "The governor also said that 80 people had been arrested in the province since then, and that 40 of "
        "them had been released after the intervention of Sunni clerics.",
        "Return to calm",
        "According to the police, life has returned to normal in most cities. Police spokesman Brigadier "
        "General Saeed Montazerolmahdi said that only 3 cities had seen gatherings in the past week, with "
        "fewer than 100 people each. He said that 2 police officers had been injured in Tehran on Saturday "
        "night when a group of rioters threw Molotov cocktails at them.",
        "Analysts say the failure of the riots shows that the enemies' plan to destabilize the country "
        'through the media has been defeated. "They wanted to make Iran another Syria, and they failed," '
        "said Mohammad Marandi, a professor at the University of Tehran.",
        "Meanwhile, the judiciary said that it would review the cases of 75 students who had been suspended "
        "from their universities. (Corrected: an earlier version of this article misstated the number of "
        "freed detainees.)",
    ),
    figures=[
        F(2000, "other", "the judiciary's spokesman, Masoud Setayeshi", "about 2,000 people", "about"),
        F(1200, "other", "Masoud Setayeshi", "1,200 detainees"),
        F(5, "sentenced", "Setayeshi", "5 death sentences"),
        F(58, "killed", "the Tasnim news agency", "58 members of the police"),
        F(3000, "injured", "the Tasnim news agency", "more than 3,000 members", "over"),
        F(720, "injured", "the Tasnim news agency", "720 of them seriously"),
        F(47, "arrested", "Brigadier General Ali Fadavi", "47 members"),
        F(160, "other", "Brigadier General Ali Fadavi", "160 firearms"),
        F(458, "killed", "the so-called Iran Human Rights", "458 people"),
        F(63, "killed", "the so-called Iran Human Rights", "63 children"),
        F(200, "killed", "an official of the Interior Ministry", "fewer than 200 people", "up_to"),
        F(370, "deaths", "the Legal Medicine Organization, Abbas Masjedi", "370 bodies"),
        F(35, "killed", "the governor, Hossein Modarres Khiabani", "35 people were killed"),
        F(6, "killed", "the governor, Hossein Modarres Khiabani", "6 members of"),
        F(96, "killed", "Opposition groups abroad", "96 people were killed"),
        F(80, "arrested", "The governor, Hossein Modarres Khiabani", "80 people had been arrested"),
        F(40, "other", "The governor, Hossein Modarres Khiabani", "40 of"),
        F(75, "other", "the judiciary", "75 students"),
        F(3, "places", "Police spokesman Brigadier General Saeed Montazerolmahdi", "only 3 cities"),
        F(
            100,
            "protesters",
            "Police spokesman Brigadier General Saeed Montazerolmahdi",
            "fewer than 100 people",
            "up_to",
        ),
        F(2, "injured", "Police spokesman Brigadier General Saeed Montazerolmahdi", "2 police officers"),
    ],
)


GEORGIA_LIVE = dict(
    id="s18-georgia-live-blog",
    outlet="AFP",
    published="2024-12-03",
    title="LIVE: Georgia protests enter sixth night as over 400 detained",
    text=P(
        "Tbilisi (AFP) - Thousands of Georgians rallied for a sixth straight night outside parliament on "
        "Tuesday against the government's decision to suspend talks on joining the European Union. Follow "
        "our live coverage.",
        "11:42 pm",
        "Riot police have again fired water cannon and tear gas at protesters on Rustaveli Avenue, AFP "
        "journalists at the scene report. Some demonstrators responded by firing fireworks at the parliament "
        "building.",
        "10:15 pm",
        "Georgia's Interior Ministry says 402 people have been detained since the protests began on Thursday, "
        "most of them for administrative offences such as petty hooliganism and disobeying police orders. "
        "The ministry, in a statement on its website, says 113 officers have been injured, 5 of whom are in "
        "hospital.",
        "The figure is disputed. The Georgian Young Lawyers' Association, which gives free legal aid to "
        "detainees and has lawyers at the main police stations in Tbilisi, said earlier on Tuesday that its "
        "staff had recorded 448 detentions. The group said that at least 300 of those held had reported "
        "being beaten.",
        "9:30 pm",
        "A quick look at the numbers so far, as given by the various sides:",
        "- Detained: 402 (Interior Ministry), 448 (Georgian Young Lawyers' Association)\n"
        "- Injured police officers: 113 (Interior Ministry)\n"
        "- Protesters treated in hospital: 29 (Health Ministry)\n"
        "- Journalists attacked: more than 50 (Media Advocacy Coalition)",
        "The Media Advocacy Coalition, a group of local press freedom organisations, says its members have "
        "documented attacks on more than 50 journalists and camera operators, some of them by masked men.",
        "8:05 pm",
        "Georgia's Public Defender Levan Ioseliani, whose office has monitored the rallies since Thursday, "
        'says most of those detained in Tbilisi show signs of ill-treatment. "Of the 225 detainees our '
        'representatives were able to visit, 157 had visible injuries, mostly to the head and face," he told '
        'a news briefing. "This is a clear sign of the systematic use of violence."',
        "The ombudsman said his office had asked the prosecutor's office to investigate 30 cases of alleged "
        "torture.",
        "6:50 pm",
        "Prime Minister Irakli Kobakhidze, who announced the suspension of EU talks last week, praised the "
        'police for their "professionalism" and accused the opposition of organising violence.',
        '"No one will be allowed to turn Georgia into Ukraine," he told reporters, claiming that the police '
        "had seized 2,000 fireworks and 150 Molotov cocktails in raids on opposition offices.",
        "The European Union's foreign policy chief said the bloc was following events in Georgia with "
        "great concern and condemned what she called the disproportionate use of force against peaceful "
        "demonstrators and journalists. Several EU foreign ministers said they would propose sanctions "
        "against the officials responsible, and the United States suspended its strategic partnership "
        "with Tbilisi. The ruling Georgian Dream party called the criticism blackmail.",
        "5:20 pm",
        "The Health Ministry says 29 protesters have been treated in hospital since Thursday, 3 of them with "
        "serious injuries. Doctors at the Tbilisi Central Hospital told AFP that one young man had lost an eye "
        "after being hit by a rubber projectile.",
        "3:10 pm",
        "Opposition politician Nika Gvaramia, of the Coalition for Change, was detained this afternoon during "
        "a police raid on his party's office, his lawyer said. Footage shared on social media showed him being "
        "carried out by several officers. The Interior Ministry confirmed the arrest, and said 7 other people "
        "had been detained on suspicion of organising group violence, an offence that carries up to nine years "
        "in prison.",
        "1:00 pm",
        "Many civil servants, including staff of the foreign ministry and the central bank, have "
        "signed open letters criticising the government's decision, according to Georgian media. A letter from "
        "employees of the defence ministry was also circulating, the Interpressnews agency reported.",
        "10:30 am",
        "Protests were also held overnight in Batumi, Kutaisi and Zugdidi. In Batumi, police detained 14 people "
        "after clashes outside the city hall, local news site Batumelebi reported, citing the regional police "
        "department. The Transparency International Georgia chapter said rallies had taken place in at least "
        "20 towns and cities across the country on Monday.",
        "9:00 am",
        "Good morning and welcome to our live coverage of the protests in Georgia. Here is what happened "
        "overnight.",
        "- Around 10,000 people gathered outside parliament in Tbilisi, according to estimates by AFP "
        "journalists.\n"
        "- Police cleared Rustaveli Avenue after midnight; the ministry said 45 people had been detained "
        "overnight, bringing the total to 402.\n"
        "- President Salome Zourabichvili, whose term ends this month, said she would not leave office until "
        "new elections were called.",
    ),
    figures=[
        F(400, "detained", "Georgia's Interior Ministry", "over 400 detained", "over"),
        F(402, "detained", "Georgia's Interior Ministry", "402 people have been detained"),
        F(113, "injured", "Georgia's Interior Ministry", "113 officers"),
        F(5, "injured", "Georgia's Interior Ministry", "5 of whom are in"),
        F(448, "detained", "The Georgian Young Lawyers' Association", "448 detentions"),
        F(
            300,
            "injured",
            "The Georgian Young Lawyers' Association",
            "at least 300 of those held",
            "at_least",
        ),
        F(29, "injured", "The Health Ministry", "29 protesters have been treated"),
        F(50, "injured", "The Media Advocacy Coalition", "more than 50 journalists", "over"),
        F(225, "detained", "Georgia's Public Defender Levan Ioseliani", "225 detainees"),
        F(157, "injured", "Georgia's Public Defender Levan Ioseliani", "157 had visible injuries"),
        F(30, "other", "Georgia's Public Defender Levan Ioseliani", "30 cases of alleged"),
        F(2000, "other", "Prime Minister Irakli Kobakhidze", "2,000 fireworks"),
        F(150, "other", "Prime Minister Irakli Kobakhidze", "150 Molotov"),
        F(3, "injured", "The Health Ministry", "3 of them with"),
        F(1, "injured", "Doctors at the Tbilisi Central Hospital", "one young man had lost an eye"),
        F(7, "detained", "The Interior Ministry", "7 other people"),
        F(14, "detained", "the regional police department", "detained 14 people"),
        F(20, "places", "The Transparency International Georgia chapter", "at least 20 towns", "at_least"),
        F(10000, "protesters", "AFP journalists", "Around 10,000 people", "about"),
        F(45, "detained", "Georgia's Interior Ministry", "45 people had been detained"),
        F(1000, "protesters", "AFP", "Thousands of Georgians", "vague"),
    ],
)


NICARAGUA_EXILE = dict(
    id="s18-nicaragua-exile-toll",
    outlet="Confidencial",
    published="2018-07-25",
    title="Death toll in Nicaragua's crisis reaches 448, says human rights association",
    text=P(
        "SAN JOSE, Costa Rica - The number of people killed in the three months of repression that followed "
        "the protests of April has reached 448, the Nicaraguan Association for Human Rights (ANPDH) said on "
        "Tuesday, in its most detailed report so far. The government of Daniel Ortega and Rosario Murillo "
        "insists the real figure is less than half that.",
        "The ANPDH, which has counted the dead since the first day of the protests from its offices in "
        "Managua, said the toll included 20 police officers and 28 minors. It said that 718 people were "
        "missing, that 2,830 had been injured and that its lawyers had recorded the arrest of 595 people, "
        "many of them taken from their homes at night by hooded paramilitaries.",
        '"The figures speak for themselves. What is happening in Nicaragua is a massacre," said Alvaro Leiva, '
        "the association's secretary general, who left the country last week after receiving death threats. "
        "He spoke to Confidencial by telephone from San Jose.",
        "Other counts",
        "The ANPDH's figure is the highest of several counts kept by human rights organisations. The "
        "Inter-American Commission on Human Rights (IACHR), which sent a mission to the country in May and "
        "has kept a follow-up team in Managua since then, has so far confirmed 317 deaths, among them 21 "
        "police officers. Its executive secretary, Paulo Abrao, told the OAS Permanent Council in Washington "
        'that most of the victims had been shot in the head, neck or chest, which he said showed "a lethal '
        'intention".',
        "The Nicaraguan Centre for Human Rights (Cenidh), which the government has accused of being an arm of "
        "the opposition, counted 302 dead up to July 21. The organisation, whose legal registration the "
        "National Assembly is now considering revoking, said it had only included cases that it had been able "
        "to verify with at least two sources.",
        "The Nicaraguan Human Rights Initiative, a network of lawyers and journalists which documents the "
        "repression from exile, said 51 of the dead had been killed in the 'clean-up operations' in Masaya, "
        "Jinotepe and Diriamba between July 8 and 17.",
        "The government's version",
        "The government, for its part, speaks of 195 dead, according to a report by the Commission for Truth, "
        "Justice and Peace, a body set up by the National Assembly, which is controlled by the ruling "
        "Sandinista Front. The commission said that 22 of those killed were police officers and that the "
        "opposition was responsible for most of the deaths. The report has been criticised by the IACHR as "
        "lacking independence.",
        'In a speech on Thursday in Managua, Ortega said that the "coup plotters" had killed 23 police '
        "officers and kidnapped more than 400 Sandinista supporters, a figure that has not been confirmed by "
        "any independent body. Vice President Murillo has called the rights groups' counts \"lists of "
        'ghosts".',
        "Police chief Francisco Diaz, who is also related to the presidential couple by marriage, said on "
        'official Channel 4 that 180 people had been arrested for "terrorism" and that 60 weapons had been '
        "seized. He said 401 police officers had been wounded since April.",
        "The victims",
        "Among the 28 minors on the ANPDH's list are:",
        "Josue Moncada, 15, shot in the neck on April 20 while carrying water to students in Managua.\n"
        "Keyner Lopez, 14 months, shot in the head in his father's arms in Managua on June 23.\n"
        "Junior Hernandez, 17, killed in Esteli on May 15.",
        "Families of the victims told Confidencial that hospitals under the Health Ministry had refused to "
        "treat wounded protesters in the first days, a claim the ministry denies. Doctors at the private "
        "Hospital Bautista, speaking on condition of anonymity, said they had received 14 bodies between April "
        "19 and 22.",
        "Exiles",
        "The United Nations refugee agency, UNHCR, said on Tuesday that more than 8,000 Nicaraguans had asked "
        "for asylum in Costa Rica since April, and that 200 more were arriving every day. Many of those "
        "arriving in San Jose are students who took part in the occupation of the universities.",
        "The Office of the UN High Commissioner for Human Rights, whose team was expelled from Nicaragua in "
        "August, had earlier said that it had received reports of more than 300 deaths. Its spokesman said the "
        "office had been unable to verify each case because the authorities refused to give it access to "
        "detention centres.",
        "This article was updated on July 26 to add the comments of the IACHR.",
    ),
    figures=[
        F(448, "killed", "the Nicaraguan Association for Human Rights (ANPDH)", "reached 448"),
        F(20, "killed", "The ANPDH", "20 police officers"),
        F(28, "killed", "The ANPDH", "28 minors"),
        F(718, "disappeared", "The ANPDH", "718 people were"),
        F(2830, "injured", "The ANPDH", "2,830"),
        F(595, "arrested", "The ANPDH", "595 people"),
        F(317, "killed", "The Inter-American Commission on Human Rights (IACHR)", "317 deaths"),
        F(21, "killed", "The Inter-American Commission on Human Rights (IACHR)", "21 police officers"),
        F(302, "killed", "The Nicaraguan Centre for Human Rights (Cenidh)", "302 dead"),
        F(51, "killed", "The Nicaraguan Human Rights Initiative", "51 of the dead"),
        F(195, "killed", "the Commission for Truth, Justice and Peace", "195 dead"),
        F(22, "killed", "the Commission for Truth, Justice and Peace", "22 of those killed"),
        F(23, "killed", "Ortega", "23 police"),
        F(400, "other", "Ortega", "more than 400 Sandinista", "over"),
        F(180, "arrested", "Police chief Francisco Diaz", "180 people"),
        F(60, "other", "Police chief Francisco Diaz", "60 weapons"),
        F(401, "injured", "Police chief Francisco Diaz", "401 police officers"),
        F(14, "killed", "Doctors at the private Hospital Bautista", "14 bodies"),
        F(8000, "other", "The United Nations refugee agency, UNHCR", "more than 8,000 Nicaraguans", "over"),
        F(200, "other", "The United Nations refugee agency, UNHCR", "200 more"),
        F(
            300,
            "killed",
            "The Office of the UN High Commissioner for Human Rights",
            "more than 300 deaths",
            "over",
        ),
    ],
)
