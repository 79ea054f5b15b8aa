"""Round-18 probe articles, third part (invented text; see README.md)."""

from __future__ import annotations

from articles_a import F, P

IRAQ_WIKIPEDIA = dict(
    id="s18-wikipedia-iraq-casualties",
    outlet="Wikipedia",
    published=None,
    title="2019–2021 Iraqi protests: Casualties",
    text=P(
        "Casualties",
        "Main article: List of people killed during the 2019–2021 Iraqi protests",
        "Estimates of the number of people killed during the protests vary widely between the government, "
        "the Iraqi High Commission for Human Rights and independent monitors, and between the dates on which "
        "they were given.[41]",
        "October 2019",
        "During the first wave of protests, from 1 to 9 October, the Iraqi government reported 110 deaths, "
        "of whom 8 were members of the security forces, and more than 6,000 injured.[42] The figures were "
        "announced by the Interior Ministry spokesman, Saad Maan, at a press conference in Baghdad on 6 "
        "October, and were later repeated by Prime Minister Adil Abdul-Mahdi in a televised address.[43] A "
        "government committee of inquiry, set up by the prime minister, concluded on 22 October that 149 "
        "civilians and 9 security personnel had been killed, and that 70% of the deaths had been caused by "
        "shots to the head or chest.[44]",
        "The Iraqi High Commission for Human Rights (IHCHR), a semi-official body appointed by parliament, "
        "gave higher numbers throughout. By the end of the first wave, the commission said that 157 people "
        "had died and 5,494 had been wounded, and that it had documented the arrest of 1,041 protesters, of "
        "whom 862 were later released.[45] The commission's member Ali al-Bayati told the Kurdish broadcaster "
        "Rudaw that 16 of the dead had been killed by snipers firing from rooftops, which the government "
        "denied.[46]",
        "On 25 October, when protests resumed, Amnesty International said that security forces had killed at "
        "least 18 protesters in Baghdad and the south within a day, and accused the riot police of firing "
        "military-grade tear gas grenades directly at protesters' heads.[47] Doctors in Baghdad told the "
        "organisation that 5 people had died of such wounds in the capital, their skulls pierced by the "
        "canisters.[48]",
        "November–December 2019",
        "The deadliest single incident took place in Nasiriyah on 28 November, when security forces under "
        "the command of General Jamil al-Shammari cleared bridges over the Euphrates. According to medical "
        "sources in Dhi Qar Governorate, quoted by Agence France-Presse, at least 32 people were killed and "
        "more than 220 injured in the city that day.[49] The Dhi Qar health directorate later put the number "
        "of dead at 43.[50] The killings led to the resignation of Abdul-Mahdi two days later.[51]",
        "On 6 December, unidentified gunmen in pickup trucks attacked protesters at the Sinak bridge and in "
        "Al-Khilani Square in Baghdad. The toll, given to Reuters by police and medical sources, was 25 dead "
        "and 130 wounded; the IHCHR put it at 23 killed, including 4 police officers.[52][53]",
        "By the end of 2019, the United Nations Assistance Mission for Iraq (UNAMI) had recorded 424 deaths "
        "and 8,758 injuries among protesters and security forces since 1 October.[54] In a report published "
        "in May 2020, the mission said that it had also documented 123 cases of people who had been abducted "
        "or had gone missing, 27 of whom remained unaccounted for.[55]",
        "Later estimates",
        "In July 2020, the government of Prime Minister Mustafa al-Kadhimi announced that, according to a "
        "count by the Martyrs' Foundation, 560 protesters and security personnel had been killed since October "
        "2019.[56] The figure was presented by Hisham Dawood, an adviser to the prime minister, who said "
        "that the families of the dead would receive compensation and that 15 officers had been referred to "
        "the courts.[57] Activists and the IHCHR said the real number was higher, with the commission giving "
        "a toll of 669 in a statement in its final report on the protests.[58]",
        "Attacks on activists continued after the protests subsided. According to figures compiled by the "
        "Iraqi Observatory for Human Rights, a monitoring group based in Baghdad, 81 activists were targeted "
        "by assassinations or attempted assassinations between October 2019 and May 2021, 34 of whom were "
        "killed.[59] The group attributed most of the attacks to militias allied with Iran, a claim denied by "
        "the Popular Mobilization Forces.[60]",
        "Some notable people killed",
        "Safaa al-Sarai (1993–2019), poet and activist, killed by a tear gas canister in Tahrir Square on 28 "
        "October 2019.[61]\n"
        "Ahmed Abdul Samad (1985–2020), television reporter, shot dead with his cameraman in Basra in January "
        "2020.[62]\n"
        "Hisham al-Hashimi (1973–2020), security analyst and adviser to the government, shot outside his "
        "home in Baghdad in July 2020.[63]\n"
        "Ehab al-Wazni (1975–2021), coordinator of the protests in Karbala, shot dead by gunmen on a "
        "motorcycle in May 2021.[64]",
        "Disputes over the figures",
        "The government's figures were criticised by rights groups as incomplete. Human Rights Watch said "
        "that hospital staff in Baghdad had been ordered not to release information about the dead and "
        "wounded to journalists or families, and that in at least 3 hospitals, security officers had removed "
        "patients from their beds and taken them away.[65] The Interior Ministry denied the claim.[66] "
        "Reporters Without Borders, which monitors press freedom, said that 2 journalists had been killed "
        "while covering the protests and that at least 12 television stations had been raided or suspended "
        "by the authorities.[67]",
        "See also",
        "Timeline of the 2019–2021 Iraqi protests\nTishreen movement\nHuman rights in Iraq",
        "References",
    ),
    figures=[
        F(
            110,
            "killed",
            "the Iraqi government, through the Interior Ministry spokesman, Saad Maan",
            "110 deaths",
        ),
        F(
            8,
            "killed",
            "the Iraqi government, through the Interior Ministry spokesman, Saad Maan",
            "8 were members of the security forces",
        ),
        F(
            6000,
            "injured",
            "the Iraqi government, through the Interior Ministry spokesman, Saad Maan",
            "more than 6,000 injured",
            "over",
        ),
        F(149, "killed", "A government committee of inquiry", "149 civilians"),
        F(9, "killed", "A government committee of inquiry", "9 security personnel"),
        F(157, "killed", "The Iraqi High Commission for Human Rights (IHCHR)", "157 people had died"),
        F(5494, "injured", "The Iraqi High Commission for Human Rights (IHCHR)", "5,494"),
        F(1041, "arrested", "The Iraqi High Commission for Human Rights (IHCHR)", "1,041 protesters"),
        F(862, "other", "The Iraqi High Commission for Human Rights (IHCHR)", "862 were later released"),
        F(16, "killed", "The commission's member Ali al-Bayati", "16 of the dead"),
        F(18, "killed", "Amnesty International", "at least 18 protesters", "at_least"),
        F(5, "killed", "Doctors in Baghdad", "5 people had died"),
        F(
            32,
            "killed",
            "medical sources in Dhi Qar Governorate",
            "at least 32 people were killed",
            "at_least",
        ),
        F(220, "injured", "medical sources in Dhi Qar Governorate", "more than 220 injured", "over"),
        F(43, "killed", "The Dhi Qar health directorate", "dead at 43"),
        F(25, "killed", "police and medical sources", "was 25 dead"),
        F(130, "injured", "police and medical sources", "130 wounded"),
        F(23, "killed", "the IHCHR", "23 killed"),
        F(4, "killed", "the IHCHR", "4 police officers"),
        F(424, "killed", "The United Nations Assistance Mission for Iraq (UNAMI)", "424 deaths"),
        F(8758, "injured", "The United Nations Assistance Mission for Iraq (UNAMI)", "8,758 injuries"),
        F(123, "disappeared", "The United Nations Assistance Mission for Iraq (UNAMI)", "123 cases"),
        F(27, "disappeared", "The United Nations Assistance Mission for Iraq (UNAMI)", "27 of whom remained"),
        F(560, "killed", "the Martyrs' Foundation", "560 protesters"),
        F(15, "other", "Hisham Dawood", "15 officers"),
        F(669, "killed", "the IHCHR", "toll of 669"),
        F(81, "other", "the Iraqi Observatory for Human Rights", "81 activists"),
        F(34, "killed", "the Iraqi Observatory for Human Rights", "34 of whom were"),
        F(3, "other", "Human Rights Watch", "at least 3 hospitals", "at_least"),
        F(2, "killed", "Reporters Without Borders", "2 journalists"),
        F(12, "other", "Reporters Without Borders", "at least 12 television stations", "at_least"),
    ],
)


PERU_HRW = dict(
    id="s18-hrw-peru-deaths",
    outlet="Human Rights Watch",
    published="2023-04-26",
    title="Peru: Lethal Force Used Against Protesters",
    text=P(
        "Investigate Killings in Ayacucho and Juliaca; Reform Police and Military Crowd-Control Rules",
        "(Washington, DC, April 26, 2023) - Peruvian soldiers and police are implicated in the killings of "
        "dozens of protesters and bystanders during the unrest that followed the ouster of former President "
        "Pedro Castillo, Human Rights Watch said in a report released today. The authorities should ensure "
        "prompt, independent investigations and hold those responsible to account.",
        "The 130-page report documents the deaths of 49 civilians, among them 8 children, between December "
        "2022 and February 2023, most of them from gunshot wounds. Human Rights Watch reviewed 37 autopsy "
        "reports and ballistics records, and found that in at least 25 cases the victims had been shot with "
        "rifles of a type carried by the army or the police. One police officer was also killed, in Juliaca, "
        "when a crowd set fire to his patrol car.",
        '"Peruvian security forces killed protesters and people who were simply walking by, many of them far '
        'from any violence," said Juanita Goebertus, Americas director at Human Rights Watch. "These were '
        'not accidents. Prosecutors need the resources and the independence to find out who gave the orders."',
        "Human Rights Watch interviewed more than 140 people, including relatives of victims, witnesses, "
        "doctors, prosecutors and police officers, and visited Lima, Ayacucho, Andahuaylas and Juliaca.",
        "Peru's Ombudsman's Office (Defensoria del Pueblo), an independent state body, has kept a register of "
        "all deaths linked to the protests. As of mid-March, it counted 67 dead, a figure that includes 11 "
        "people who died in road accidents or because blockades kept them from reaching hospital. The "
        "office's register, which is updated daily, lists 1,301 people injured, among them 580 police "
        "officers.",
        "The bloodiest day came on January 9 in Juliaca, in the southern Puno region, where 18 people died "
        "near the airport. According to the Puno regional health directorate, 17 of them had been shot, and "
        "more than 100 people were treated for injuries at local hospitals. Relatives of the victims told "
        "Human Rights Watch that the police did not let ambulances through for hours.",
        "In Ayacucho, on December 15, soldiers fired on protesters who tried to take over the city's airport, "
        "killing 10 people. The Armed Forces Joint Command said in a statement that troops had acted in "
        "self-defense after being attacked with stones, slingshots and explosives, and that 22 soldiers had "
        "been injured. Human Rights Watch found no evidence that soldiers had been in danger of death or "
        "serious injury when they opened fire.",
        "The government of President Dina Boluarte has rejected the accusations. Prime Minister Alberto "
        'Otarola told Congress in February that the armed forces and the police "acted within the law", '
        "and that investigations by the Attorney General's Office would establish any individual "
        "responsibility. The Attorney General's Office told Human Rights Watch in a letter that it had opened "
        "investigations into 48 deaths, but that none of those investigations had named a suspect.",
        "Human Rights Watch also documented arbitrary arrests. On January 21, police used an armored vehicle "
        "to break into the campus of San Marcos University in Lima and detained 193 people, most of them "
        "protesters from the south who had been given shelter by students. The National Coordinator for "
        "Human Rights (CNDDHH), a coalition of Peruvian rights groups that gave legal assistance to the "
        "detainees, said that 192 of them were released within two days, without charges.",
        "The Interior Ministry has said that more than 600 people were arrested across the country during "
        "the unrest. In a statement issued in January, the ministry said that 47 of them had been charged "
        "with crimes including attacks on public services and disturbances.",
        "Among the people whose cases Human Rights Watch documented:",
        "* Christopher Michael Ramos Aime, 15, shot in the abdomen in Ayacucho on December 15.\n"
        "* Jhamileth Nagely Aroquipa Hancco, 17, shot in the back near the airport in Juliaca on January 9.\n"
        "* Marco Antonio Samillan Sanga, 30, a medical intern shot while helping the wounded in Juliaca on "
        "January 9.\n"
        "* Victor Santisteban Yacsavilca, 55, killed in Lima on January 28 by a tear gas canister fired at "
        "his head.",
        "The ombudsman's office said in a separate statement that its staff had confirmed the deaths of "
        "all 4 people through hospital records.",
        "Human Rights Watch called on the United States, the European Union and other governments that "
        "supply crowd-control equipment to Peru to suspend such sales until the authorities adopt reforms.",
        "For more Human Rights Watch reporting on Peru, please visit the country page.",
        "For more information, please contact: in Washington, DC, the Americas division press office.",
    ),
    figures=[
        F(12, "killed", "Human Rights Watch", "dozens of protesters and bystanders", "vague"),
        F(49, "killed", "Human Rights Watch", "49 civilians"),
        F(8, "killed", "Human Rights Watch", "8 children"),
        F(25, "killed", "Human Rights Watch", "at least 25 cases", "at_least"),
        F(1, "killed", "Human Rights Watch", "One police officer was also killed"),
        F(67, "killed", "Peru's Ombudsman's Office (Defensoria del Pueblo)", "67 dead"),
        F(11, "deaths", "Peru's Ombudsman's Office (Defensoria del Pueblo)", "11 people who died"),
        F(1301, "injured", "Peru's Ombudsman's Office (Defensoria del Pueblo)", "1,301 people injured"),
        F(580, "injured", "Peru's Ombudsman's Office (Defensoria del Pueblo)", "580 police"),
        F(18, "killed", "Human Rights Watch", "18 people died"),
        F(17, "killed", "the Puno regional health directorate", "17 of them had been shot"),
        F(
            100,
            "injured",
            "the Puno regional health directorate",
            "more than 100 people were treated",
            "over",
        ),
        F(10, "killed", "Human Rights Watch", "killing 10 people"),
        F(22, "injured", "The Armed Forces Joint Command", "22 soldiers"),
        F(48, "killed", "The Attorney General's Office", "48 deaths"),
        F(193, "detained", "Human Rights Watch", "193 people"),
        F(192, "other", "The National Coordinator for Human Rights (CNDDHH)", "192 of them were released"),
        F(600, "arrested", "The Interior Ministry", "more than 600 people", "over"),
        F(47, "other", "The Interior Ministry", "47 of them had been charged"),
        F(4, "killed", "Human Rights Watch", "all 4 people", confirmed_by="The ombudsman's office"),
    ],
)
