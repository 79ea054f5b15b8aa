"""The round-17 quotes probe: short articles written for this probe (not copied
from any gold set), each with its direct/mixed quotes and resolved speakers.

`python eval/quotes_own/build.py` checks every text_start and splits by a hash
of the id into reports/work.jsonl and reports/held.jsonl.
"""

ARTICLES = [
    (
        "q17-press-police",
        "NAIROBI, June 26 (Reuters) - Kenya's police inspector general, Japhet Koome, defended officers on Wednesday after a day of protests outside parliament.\n\n"
        '"Our officers acted within the law and with great restraint," Koome told a news conference at police headquarters.\n\n'
        'He said 21 officers had been injured. "We will not allow criminals to hide among peaceful demonstrators," he added.\n\n'
        'Asked about reports of live fire, the police chief said the matter was "under investigation by the internal affairs unit".',
        [
            ("direct", "Japhet Koome", "Our officers acted within the law and with great restraint"),
            ("direct", "Japhet Koome", "We will not allow criminals to hide among peaceful"),
            ("mixed", "Japhet Koome", "under investigation by the internal affairs unit"),
        ],
    ),
    (
        "q17-ngo-witness",
        "Human Rights Watch said on Tuesday that security forces in Guinea had beaten and detained dozens of people in Conakry during a ban on demonstrations.\n\n"
        'A 23-year-old student who was held for three days told the group: "They made us lie on the floor and kicked us until we stopped moving."\n\n'
        '"The authorities should release everyone held only for taking part in a protest," said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch. '
        'She said the government had "a duty to investigate every death in custody".',
        [
            ("direct", "a 23-year-old student", "They made us lie on the floor and kicked us until"),
            ("direct", "Ilaria Allegrozzi", "The authorities should release everyone held only"),
            ("mixed", "Ilaria Allegrozzi", "a duty to investigate every death in custody"),
        ],
    ),
    (
        "q17-state-media",
        "TEHRAN (IRNA) - Iran's Intelligence Ministry said on Sunday it had dismantled a network it accused of organising riots in several provinces.\n\n"
        '"The members of this network received training and funds from hostile foreign services," the ministry said in a statement carried by state media.\n\n'
        'The statement said 14 people had been arrested and that "the investigation into their foreign contacts continues".',
        [
            ("direct", "Intelligence Ministry", "The members of this network received training and funds"),
            ("mixed", "Intelligence Ministry", "the investigation into their foreign contacts continues"),
        ],
    ),
    (
        "q17-tweet",
        "Opposition leader Bobi Wine said on Monday that soldiers had surrounded his home in Kampala, a day after the election.\n\n"
        '"My home is under siege. Nobody is allowed in or out, including my children\'s nanny," Wine wrote on X.\n\n'
        'Army spokesman Brigadier Flavia Byekwaso said the soldiers were there "for his own security". '
        '"We are not holding anyone hostage," she told reporters in Kampala.',
        [
            ("direct", "Bobi Wine", "My home is under siege. Nobody is allowed in or out"),
            ("mixed", "Flavia Byekwaso", "for his own security"),
            ("direct", "Flavia Byekwaso", "We are not holding anyone hostage"),
        ],
    ),
    (
        "q17-split-verb",
        "Maria Kolesnikova's lawyer, Vladimir Pylchenko, said his client had not been allowed to see her family for a year.\n\n"
        '"She is being held in complete isolation," he said, "and we do not even know whether she receives our letters."\n\n'
        "Pylchenko said he would appeal to the Supreme Court.",
        [
            ("direct", "Vladimir Pylchenko", "She is being held in complete isolation"),
            ("direct", "Vladimir Pylchenko", "and we do not even know whether she receives our letters"),
        ],
    ),
    (
        "q17-nested",
        "Residents of Dhaka's Mirpur district described how police broke up a sit-in by garment workers on Saturday night.\n\n"
        "Rahima Begum, a 41-year-old machine operator, said officers arrived shortly after midnight. \"An officer shouted 'go back to your villages' and then they started hitting us with sticks,\" she said.\n\n"
        'Police spokesman Faruk Hossain denied that officers had used force. "No worker was beaten," Hossain said.',
        [
            ("direct", "Rahima Begum", "An officer shouted 'go back to your villages' and then"),
            ("direct", "Faruk Hossain", "No worker was beaten"),
        ],
    ),
    (
        "q17-description-pronoun",
        "A spokesman for Myanmar's military government, Major General Zaw Min Tun, rejected a United Nations report on air strikes in Sagaing region.\n\n"
        '"These accusations are based on information from terrorist groups," the spokesman said on state television.\n\n'
        'He said the air force had targeted "only the bases of armed terrorists" and accused the UN of bias.',
        [
            ("direct", "Zaw Min Tun", "These accusations are based on information from terrorist"),
            ("mixed", "Zaw Min Tun", "only the bases of armed terrorists"),
        ],
    ),
    (
        "q17-quote-only-paragraph",
        "Thousands of people marched through Tbilisi on Sunday against a draft law on foreign agents.\n\n"
        "Nino Lomjaria, a former public defender, joined the march with her two daughters.\n\n"
        '"This law is copied from Moscow, and we will not let it pass."\n\n'
        "She said she had been at every protest since the bill was reintroduced.\n\n"
        '"The law is about transparency, nothing more," Prime Minister Irakli Kobakhidze told parliament.',
        [
            ("direct", "Nino Lomjaria", "This law is copied from Moscow, and we will not let it"),
            ("direct", "Irakli Kobakhidze", "The law is about transparency, nothing more"),
        ],
    ),
    (
        "q17-group-it",
        "Amnesty International accused Belarusian authorities on Thursday of torturing people detained after the presidential election.\n\n"
        'The rights group said it had spoken to dozens of former detainees. "What we heard describes systematic torture in at least three detention centres," it said.\n\n'
        'The organisation called the treatment "a deliberate campaign to crush dissent".',
        [
            ("direct", "Amnesty International", "What we heard describes systematic torture in at least"),
            ("mixed", "Amnesty International", "a deliberate campaign to crush dissent"),
        ],
    ),
    (
        "q17-age-description",
        "A court in Hong Kong sentenced activist Chow Hang-tung to 15 months in prison on Friday for inciting others to join a banned vigil.\n\n"
        'The 37-year-old barrister, who represented herself, told the court: "If remembering the dead is a crime, then I will keep committing it."\n\n'
        'Outside the court, her supporter Lee Cheuk-yan said the ruling showed that "the space for any memory of June 4 is gone".',
        [
            ("direct", "Chow Hang-tung", "If remembering the dead is a crime, then I will keep"),
            ("mixed", "Lee Cheuk-yan", "the space for any memory of June 4 is gone"),
        ],
    ),
    (
        "q17-two-people",
        "Venezuela's attorney general, Tarek William Saab, said on Monday that 2,229 people had been arrested since the election.\n\n"
        'Opposition leader Maria Corina Machado called the arrests illegal. "They are arresting children for posting videos," she said in a video message.\n\n'
        'Saab rejected the accusation. "Every person detained was caught committing crimes," he said.',
        [
            ("direct", "Maria Corina Machado", "They are arresting children for posting videos"),
            ("direct", "Tarek William Saab", "Every person detained was caught committing crimes"),
        ],
    ),
    (
        "q17-interview-qa",
        "In an interview with The Associated Press, Sudanese doctor Hiba Omer described the situation in El Fasher's last working hospital.\n\n"
        '"We are operating without anaesthetic. Some nights we have no light at all," Omer said.\n\n'
        'She said shelling had hit the hospital\'s courtyard twice in a week. "Every time we hear a drone, we move the patients to the corridor," she said.',
        [
            ("direct", "Hiba Omer", "We are operating without anaesthetic. Some nights"),
            ("direct", "Hiba Omer", "Every time we hear a drone, we move the patients"),
        ],
    ),
    (
        "q17-un-office",
        "The UN human rights office said on Friday it was alarmed by the number of death sentences handed down to protesters in Iran.\n\n"
        '"We urge the authorities to immediately halt all executions," spokesperson Ravina Shamdasani told a briefing in Geneva.\n\n'
        'She said at least four people had been sentenced to death "after sham trials without due process".',
        [
            ("direct", "Ravina Shamdasani", "We urge the authorities to immediately halt all"),
            ("mixed", "Ravina Shamdasani", "after sham trials without due process"),
        ],
    ),
    (
        "q17-colon-intro",
        "Pakistan's interior minister, Mohsin Naqvi, warned supporters of former prime minister Imran Khan against marching on Islamabad.\n\n"
        'The minister said: "Anyone who takes the law into their own hands will be dealt with firmly."\n\n'
        'Khan\'s party, Pakistan Tehreek-e-Insaf, said in a statement that the march would go ahead. "No threat will stop the people from coming to Islamabad," the party said.',
        [
            ("direct", "Mohsin Naqvi", "Anyone who takes the law into their own hands will be"),
            ("direct", "Pakistan Tehreek-e-Insaf", "No threat will stop the people from coming to Islamabad"),
        ],
    ),
    (
        "q17-witness-named-later",
        "Witnesses said police in Lagos fired tear gas at hundreds of people protesting against rising food prices on Thursday.\n\n"
        '"They just started shooting the canisters into the crowd without any warning," said Tunde Bakare, a trader at the Ikeja market.\n\n'
        'Lagos police spokesman Benjamin Hundeyin said officers had responded to "hoodlums who attacked a police station".',
        [
            ("direct", "Tunde Bakare", "They just started shooting the canisters into the crowd"),
            ("mixed", "Benjamin Hundeyin", "hoodlums who attacked a police station"),
        ],
    ),
    (
        "q17-multi-paragraph",
        "Cambodian opposition politician Theary Seng was sentenced to six years in prison for treason on Tuesday.\n\n"
        'Seng, a US citizen, arrived at the court dressed as the Statue of Liberty. "The verdict was written before the trial began," she told reporters.\n\n'
        '"I am not afraid. They can lock up my body, but not my voice."\n\n'
        'A government spokesman, Phay Siphan, said the court was independent. "The government does not interfere in the work of judges," Siphan said.',
        [
            ("direct", "Theary Seng", "The verdict was written before the trial began"),
            ("direct", "Theary Seng", "I am not afraid. They can lock up my body, but not my"),
            ("direct", "Phay Siphan", "The government does not interfere in the work of judges"),
        ],
    ),
    (
        "q17-org-spokesman",
        "The International Committee of the Red Cross said on Wednesday it had been unable to reach detainees held after clashes in Tigray.\n\n"
        '"We have asked for access to all places of detention and are still waiting for an answer," ICRC spokesman Jason Straziuso said.\n\n'
        'The aid group said it had delivered medical supplies to two hospitals in Mekelle that were "running out of the most basic drugs".',
        [
            ("direct", "Jason Straziuso", "We have asked for access to all places of detention"),
            ("mixed", "International Committee of the Red Cross", "running out of the most basic drugs"),
        ],
    ),
    (
        "q17-she-after-two-men",
        "Zimbabwean journalist Hopewell Chin'ono was arrested again on Tuesday, his lawyer Beatrice Mtetwa said.\n\n"
        "Police spokesman Paul Nyathi confirmed the arrest but gave no details.\n\n"
        '"They came without a warrant and refused to say what the charge was," she said. Mtetwa said the arrest was "pure harassment of a journalist".',
        [
            ("direct", "Beatrice Mtetwa", "They came without a warrant and refused to say what"),
            ("mixed", "Beatrice Mtetwa", "pure harassment of a journalist"),
        ],
    ),
    (
        "q17-according-to",
        "Security forces killed at least eight people in Bamako during protests against the transitional government, according to the opposition coalition M5-RFP.\n\n"
        '"Our members were shot at close range as they left the mosque," coalition spokesman Nouhoum Togo said.\n\n'
        'The government said in a statement that it regretted the loss of life and had ordered "a thorough inquiry into the circumstances".',
        [
            ("direct", "Nouhoum Togo", "Our members were shot at close range as they left"),
            ("mixed", "government", "a thorough inquiry into the circumstances"),
        ],
    ),
    (
        "q17-title-then-surname",
        "French Interior Minister Gerald Darmanin said on Saturday that 994 people had been arrested overnight across France.\n\n"
        '"The night was calmer thanks to the action of the police," Darmanin said on Twitter.\n\n'
        'The minister said he would not declare a state of emergency "at this stage" but that "all options are on the table".',
        [
            ("direct", "Gerald Darmanin", "The night was calmer thanks to the action of the police"),
            ("mixed", "Gerald Darmanin", "all options are on the table"),
        ],
    ),
    (
        "q17-relative-mother",
        "The mother of a teenager killed during protests in Nanterre appealed for calm on Friday.\n\n"
        "Mounia, who asked that her family name not be used, spoke at a march in her son's memory. \"I don't blame the police. I blame one man who took my son's life,\" she said.\n\n"
        'The officer\'s lawyer, Laurent-Franck Lienard, said his client "did not want to kill" the teenager.',
        [
            ("direct", "Mounia", "I don't blame the police. I blame one man who took"),
            ("mixed", "Laurent-Franck Lienard", "did not want to kill"),
        ],
    ),
    (
        "q17-qa-transcript",
        "Following is an excerpt of a news conference by Thai police spokesman Archayon Kraithong on Monday.\n\n"
        "Q: How many protesters were detained at Democracy Monument?\n\n"
        'A: "Twenty-one people were detained and all have been released on bail."\n\n'
        "Q: Were rubber bullets used?\n\n"
        'A: "Officers used only water cannon and tear gas, in line with international standards."',
        [
            ("direct", "Archayon Kraithong", "Twenty-one people were detained and all have been"),
            ("direct", "Archayon Kraithong", "Officers used only water cannon and tear gas"),
        ],
    ),
    (
        "q17-agency-said",
        "Russia's Investigative Committee said on Monday it had opened a criminal case against a woman who held a placard at a war memorial in Moscow.\n\n"
        'The committee said the woman had "publicly discredited the armed forces". '
        'OVD-Info, a group that monitors political arrests, said she had been detained for four hours. "She stood there alone for two minutes," the group said.',
        [
            ("mixed", "Investigative Committee", "publicly discredited the armed forces"),
            ("direct", "OVD-Info", "She stood there alone for two minutes"),
        ],
    ),
    (
        "q17-said-before-name",
        "Students at the University of Dhaka clashed with ruling party activists on Monday, leaving dozens injured.\n\n"
        '"We were attacked with rods and machetes while we were sitting peacefully," said Nahid Islam, a coordinator of the student movement.\n\n'
        'Awami League general secretary Obaidul Quader blamed the students. "They attacked first, and our boys defended themselves," Quader told reporters.',
        [
            ("direct", "Nahid Islam", "We were attacked with rods and machetes while we"),
            ("direct", "Obaidul Quader", "They attacked first, and our boys defended themselves"),
        ],
    ),
    (
        "q17-three-paragraph-pronoun",
        "Ecuador's indigenous leader Leonidas Iza was released on Wednesday after a judge ruled his arrest unlawful.\n\n"
        "Iza walked out of the court to cheers from hundreds of supporters.\n\n"
        '"They wanted to frighten us, but the mobilisation will continue until the government listens," he told the crowd.',
        [
            ("direct", "Leonidas Iza", "They wanted to frighten us, but the mobilisation"),
        ],
    ),
    (
        "q17-ministry-spokesperson",
        "China's foreign ministry on Tuesday rejected criticism of the sentencing of 45 pro-democracy activists in Hong Kong.\n\n"
        '"Hong Kong is a society ruled by law, and no one can commit crimes in the name of democracy," ministry spokesperson Mao Ning told a regular briefing.\n\n'
        'She urged foreign governments to "stop interfering in Hong Kong affairs".',
        [
            ("direct", "Mao Ning", "Hong Kong is a society ruled by law, and no one"),
            ("mixed", "Mao Ning", "stop interfering in Hong Kong affairs"),
        ],
    ),
    (
        "q17-union-statement",
        "Nigeria Labour Congress said on Thursday its members would continue the strike over fuel prices despite a court order.\n\n"
        '"The court order was obtained without hearing our side, and we will challenge it," the union said in a statement signed by its president, Joe Ajaero.\n\n'
        "It said the police had arrested 11 of its members in Abuja.",
        [
            ("direct", "Nigeria Labour Congress", "The court order was obtained without hearing our side"),
        ],
    ),
    (
        "q17-he-two-men-subject",
        "Kyrgyz journalist Makhabat Tazhibek kyzy was sentenced to six years in prison on Thursday, her colleague Bolot Temirov said.\n\n"
        'Temirov, who runs the investigative outlet where she worked, said the case was "revenge for our reporting on corruption". '
        '"Nobody in our newsroom has ever called for mass unrest," he said.',
        [
            ("mixed", "Bolot Temirov", "revenge for our reporting on corruption"),
            ("direct", "Bolot Temirov", "Nobody in our newsroom has ever called for mass unrest"),
        ],
    ),
    (
        "q17-opening-quote-speaker-next",
        '"There is no safe place left in the camp," said a nurse working for Doctors Without Borders in Rafah, who asked not to be named for her safety.\n\n'
        'The medical charity said its staff had treated more than 50 wounded people in one night. "Our teams are overwhelmed," the charity said.',
        [
            (
                "direct",
                "a nurse working for Doctors Without Borders",
                "There is no safe place left in the camp",
            ),
            ("direct", "Doctors Without Borders", "Our teams are overwhelmed"),
        ],
    ),
    (
        "q17-senior-official",
        "Serbia's president, Aleksandar Vucic, said on Sunday he would not resign over the collapse of a railway station canopy that killed 15 people.\n\n"
        'Students blocking faculties across the country say the government is to blame. "We want the names of everyone who signed off on the repairs," said Milica Jovanovic, a law student in Novi Sad.\n\n'
        'The president said the protests were "financed from abroad".',
        [
            ("direct", "Milica Jovanovic", "We want the names of everyone who signed off"),
            ("mixed", "Aleksandar Vucic", "financed from abroad"),
        ],
    ),
]
