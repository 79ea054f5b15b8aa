"""Round-18 quotes probe, part C: long articles written for this probe.

Every person, quote and figure here is invented for the probe. Each entry:
(id, text, quotes), quotes as (kind, speaker, text_start).
"""

PERU = (
    "r18-peru-ombudsman",
    "Peru: Ombudsman says 18 dead in southern clashes; minister blames 'violent minorities'\n\n"
    "LIMA, Jan. 10 (AP) — The death toll from clashes between protesters and security forces in southern Peru rose to "
    "18 on Monday, the country's Ombudsman's Office said, in the deadliest day of unrest since the ousting of the former "
    "president last month.\n\n"
    "Seventeen civilians died in the city of Juliaca, near Lake Titicaca, when protesters tried to storm the airport, "
    "and a police officer was burned to death in his patrol car in the early hours of Tuesday, according to the "
    "Ombudsman's Office, an independent state body that monitors the unrest.\n\n"
    '"We call on the security forces to make a proportionate use of force, in strict compliance with the law, and we '
    'call on demonstrators not to attack public institutions," the office said on Twitter. Its head, Eliana Revollar, '
    "told Radio Programas del Perú that some of the dead had gunshot wounds to the head.\n\n"
    "Interior Minister Víctor Rojas Ugarte defended the police on Tuesday. Speaking to Congress, he said officers in "
    'Juliaca had faced "a violent minority armed with slingshots, homemade explosives and stones" and had acted '
    '"within the protocols".\n\n'
    '"Not a single police officer went out to kill. Our officers went out to protect an airport that has 60 '
    'flights a week and thousands of passengers," Rojas said, according to a transcript published by the '
    "legislature. His remarks were made in Spanish.\n\n"
    'Opposition lawmakers interrupted him several times with shouts of "murderer". Congresswoman Ruth Luque, of '
    'the leftist Democratic Peru bench, demanded his resignation. "You cannot come here and talk about protocols '
    'while mothers are waiting outside the morgue in Juliaca," she told him.\n\n'
    "The minister did not respond to the interruption. Later, leaving the chamber, he told reporters that he would "
    'not resign. "My conscience is clear," Rojas said.\n\n'
    "In Juliaca, relatives gathered outside the regional hospital, where the bodies had been taken. Among them was "
    "Dina Mamani Quispe, whose 17-year-old son, Brayan, had been on his way home from work, she said.\n\n"
    '"He was not even in the protest. He went to buy bread. They shot him in the back," Mamani said in Aymara, '
    'in comments translated into Spanish by a cousin and then into English by The Associated Press. "I want the '
    'president to come here and look me in the eye."\n\n'
    "Her brother-in-law, Rolando Quispe, said the family would not bury Brayan until a prosecutor had examined the "
    'body. "We know what happens. They lose the bullet, they lose the papers," Quispe said.\n\n'
    "President Dina Boluarte, who took office after Congress removed her predecessor on Dec. 7, called for a "
    '"national truce" in a televised message on Monday night and said she could not understand what the protesters '
    "wanted.\n\n"
    '"What do they want? That I resign? That is not going to happen. My commitment is with Peru, not with the '
    'little group that is bleeding the country," Boluarte said.\n\n'
    "Prime Minister Alberto Otárola announced a three-day curfew in the Puno region, which includes Juliaca, from "
    '8 p.m. to 4 a.m. He said in a statement that the government would "not allow the Puno region to be held '
    'hostage by those who want chaos".\n\n'
    "The protests began in December, when supporters of the jailed former president took to the streets to demand "
    "new elections, Boluarte's resignation and the closure of Congress. At least 22 people had been killed before "
    "Monday's violence, most of them in clashes in Ayacucho on Dec. 15, according to the Ombudsman's Office.\n\n"
    'The United Nations\' human rights office in Geneva said it was "deeply troubled" by the violence and urged the '
    'authorities to carry out "prompt, impartial and effective investigations into the deaths and injuries".\n\n'
    "The Inter-American Commission on Human Rights, which was due to visit Peru this week, said in a statement: "
    '"The State has the duty to guarantee the right to protest and to use force only as a last resort."\n\n'
    "The country's chief prosecutor, Patricia Benavides, said on Tuesday that her office had opened a preliminary "
    "investigation into Boluarte, Otárola and Rojas for alleged genocide and qualified homicide. The statement from "
    "her office was brief.\n\n"
    'Asked about the investigation, the interior minister said he would cooperate fully. "I will go wherever I am '
    'summoned. I have nothing to hide," he said.\n\n'
    "___\n\n"
    "Associated Press writer Franklin Briceño in Lima contributed to this report.",
    [
        ("mixed", "Víctor Rojas Ugarte", "violent minorities"),
        ("direct", "Ombudsman's Office", "We call on the security forces to make a"),
        ("mixed", "Víctor Rojas Ugarte", "a violent minority armed with slingshots"),
        ("mixed", "Víctor Rojas Ugarte", "within the protocols"),
        ("direct", "Víctor Rojas Ugarte", "Not a single police officer went out to kill"),
        ("direct", "Ruth Luque", "You cannot come here and talk about protocols"),
        ("direct", "Víctor Rojas Ugarte", "My conscience is clear"),
        ("direct", "Dina Mamani Quispe", "He was not even in the protest. He went to buy"),
        ("direct", "Dina Mamani Quispe", "I want the president to come here and look me"),
        ("direct", "Rolando Quispe", "We know what happens. They lose the bullet"),
        ("mixed", "Dina Boluarte", "national truce"),
        ("direct", "Dina Boluarte", "What do they want? That I resign? That is not"),
        ("mixed", "Alberto Otárola", "not allow the Puno region to be held hostage"),
        ("mixed", "United Nations' human rights office", "deeply troubled"),
        ("mixed", "United Nations' human rights office", "prompt, impartial and effective investigations"),
        (
            "direct",
            "Inter-American Commission on Human Rights",
            "The State has the duty to guarantee the right",
        ),
        ("direct", "Víctor Rojas Ugarte", "I will go wherever I am summoned. I have nothing"),
    ],
)

THAILAND_COURT = (
    "r18-thailand-court",
    "Thai court jails activist for four years over protest speeches\n\n"
    "By Panu Wongcha-um\n\n"
    "BANGKOK, Sept 26 (Reuters) - A Thai court on Tuesday sentenced a prominent pro-democracy activist to four years "
    "in prison for insulting the monarchy in two speeches she gave during the 2020 youth-led protests, her lawyers "
    "said, the latest in a string of convictions under the country's strict royal insult law.\n\n"
    "Panusaya Sithijirawattanakul, 25, known by her nickname Rung, was found guilty on two counts of violating Section "
    "112 of the criminal code, which carries a penalty of up to 15 years in prison for each perceived insult to the "
    "king or his close family.\n\n"
    "\"The court found that the defendant's speeches distorted facts and damaged the institution, which is revered by "
    "the Thai people,\" the Criminal Court's ruling said, according to a copy seen by Reuters.\n\n"
    'The judges said that her words were "not honest criticism" but had been intended "to make the public '
    'misunderstand and hate the monarchy". They reduced the sentence from six years because she had cooperated with '
    "the trial, the ruling said.\n\n"
    "Panusaya, who appeared in court in a black T-shirt with a small group of supporters, told reporters before the "
    "verdict that she had no regrets.\n\n"
    '"What we said in 2020 was not an insult. It was a question that everybody in this country was asking in their '
    'heads. We only said it out loud," she said. "If telling the truth is a crime, then I am ready to be a '
    'criminal."\n\n'
    'Her lawyer, Krisadang Nutcharut, said she would appeal and would apply for bail. "The sentence is harsh but it '
    'is not unexpected. We have seen the same wording in ruling after ruling," he said. Krisadang, who has defended '
    "dozens of protesters in royal insult cases, added that the court had refused to hear two academic witnesses "
    "for the defence.\n\n"
    "According to the group Thai Lawyers for Human Rights (TLHR), at least 262 people have been charged under "
    "Section 112 since the protests began in July 2020, among them 20 minors. The group said in a statement that the "
    'law was being used "as a political weapon to silence a generation".\n\n'
    '"Every new conviction sends the same message to young Thais: stay quiet, or you will spend your twenties in '
    'jail," TLHR said.\n\n'
    "Panusaya came to prominence in August 2020 when she read out a 10-point manifesto calling for reform of the "
    "monarchy at a rally at Thammasat University, breaking a long-standing taboo on public discussion of the "
    'institution. The manifesto, headed "Declaration of Thammasat", demanded among other things that the palace\'s '
    "budget be cut.\n\n"
    "The royal palace does not comment on such cases. Government spokesman Chai Wacharonke said in a statement on "
    'Tuesday that "the court\'s decision is a matter for the judiciary" and that the government "respects the '
    'independence of the courts".\n\n'
    'The king has said Thailand is a "land of compromise" when asked by foreign media about the protesters, '
    "according to a 2020 interview with Britain's Channel 4 News.\n\n"
    'Rights groups abroad criticised the verdict. "Thailand cannot claim to be a democracy while it jails young '
    'women for speeches," said Elaine Pearson, Asia director at Human Rights Watch. "This conviction should be '
    'overturned, and the charges against the hundreds of others dropped."\n\n'
    "Amnesty International's Thailand researcher, Chanatip Tatiyakaroonwong, told Reuters that the case was part of "
    'a pattern. Asked whether a new government would change course, she said: "We have heard promises before. '
    'What matters is whether the prosecutions stop, and so far they have not."\n\n'
    "Thailand's new prime minister, Srettha Thavisin, whose coalition took office this month, has said his government "
    "will not seek to amend the law. His party's coalition partner, Move Forward, which won the most seats in May's "
    "election, had campaigned on a pledge to reform it.\n\n"
    "In a separate case on Tuesday, a court in the northern city of Chiang Mai acquitted a 19-year-old student of "
    "royal insult over a Facebook post, TLHR said.\n\n"
    "Outside the court in Bangkok, a handful of supporters held up three-finger salutes as Panusaya was led to a "
    "prison van. Her mother, Sumalee Sithijirawattanakul, stood at the back.\n\n"
    '"I told her I am proud of her. I am also afraid for her," Sumalee said. "She is my only daughter."\n\n'
    "(Reporting by Panu Wongcha-um; Editing by Martin Petty)",
    [
        ("direct", "Criminal Court", "The court found that the defendant's speeches"),
        ("mixed", "Criminal Court", "not honest criticism"),
        ("mixed", "Criminal Court", "to make the public misunderstand and hate the"),
        ("direct", "Panusaya Sithijirawattanakul", "What we said in 2020 was not an insult. It was"),
        ("direct", "Panusaya Sithijirawattanakul", "If telling the truth is a crime, then I am ready"),
        ("direct", "Krisadang Nutcharut", "The sentence is harsh but it is not unexpected"),
        ("mixed", "Thai Lawyers for Human Rights", "as a political weapon to silence a generation"),
        ("direct", "Thai Lawyers for Human Rights", "Every new conviction sends the same message"),
        ("mixed", "Chai Wacharonke", "the court's decision is a matter for the judiciary"),
        ("mixed", "Chai Wacharonke", "respects the independence of the courts"),
        ("mixed", "The king", "land of compromise"),
        ("direct", "Elaine Pearson", "Thailand cannot claim to be a democracy while it"),
        ("direct", "Elaine Pearson", "This conviction should be overturned, and the"),
        ("direct", "Chanatip Tatiyakaroonwong", "We have heard promises before. What matters is"),
        ("direct", "Sumalee Sithijirawattanakul", "I told her I am proud of her. I am also afraid"),
        ("direct", "Sumalee Sithijirawattanakul", "She is my only daughter."),
    ],
)

TOGO = (
    "r18-togo-amnesty",
    "Togo: security forces used 'excessive force' against June protesters, Amnesty says\n\n"
    "Lomé, 15 July — Togolese security forces shot dead at least seven people and beat and arbitrarily detained "
    "dozens of others during protests against President Faure Gnassingbé's new constitutional role last month, "
    "Amnesty International said on Tuesday in a report based on interviews with 54 witnesses, victims and relatives.\n\n"
    "The report, \"'We Were Hunted Like Animals': Repression of the June Protests in Togo,\" documents the deaths of "
    "seven people in Lomé between 26 and 28 June, including two whose bodies were recovered from the Bè lagoon. "
    "Government officials have put the toll at four and said the victims drowned.\n\n"
    '"The evidence we have gathered points to a deliberate and coordinated use of lethal and excessive force against '
    "people who were exercising their right to protest,\" said Fabien Offner, Amnesty's West Africa researcher. "
    '"Instead of blaming the lagoon, the authorities must open an independent investigation and tell the families '
    'the truth."\n\n'
    "The rights group said men in civilian clothes, some of them carrying machetes and clubs, had operated alongside "
    'gendarmes and soldiers in the Bè and Adakpamé neighbourhoods. Witnesses described them as "militias" working '
    "with the security forces.\n\n"
    "One witness, a 34-year-old mechanic, told Amnesty he had seen men in plain clothes chase two teenagers towards "
    "the water. \"They were beating the boys with sticks and pushing them in. One of the men said in Ewe, 'Let them "
    'drink,\'" he said. "The next day the bodies came up."\n\n'
    "The organisation said it had also documented the detention of at least 61 people, including a journalist and "
    "three minors, and that several detainees said they had been beaten at the central police station. It called on "
    'the authorities to "immediately release everyone detained solely for exercising their human rights".\n\n'
    'In a statement read on state television on Monday night, the government rejected what it called "allegations '
    'based on anonymous testimony". Government spokesman Yawa Kouigan said the security forces had "shown restraint '
    'in the face of violent attempts to destabilise the institutions".\n\n'
    '"No one was thrown into the lagoon by the forces of order. The bodies that were recovered have been examined '
    'by doctors, and the findings are consistent with drowning," the statement said. Kouigan added that an '
    "inquiry had been opened by the Lomé prosecutor.\n\n"
    "The protests were called by a loose coalition of online activists, musicians and opposition parties known as "
    "the June 6 Movement, or M66, after the rapper and government critic Aamron was arrested and sent to a "
    "psychiatric hospital in late May. Aamron was later released and appeared in a video apologising to the "
    "president, which his supporters say was made under duress.\n\n"
    "The M66 said on Facebook that it rejected the government's account. \"Our brothers did not go swimming in the "
    'lagoon in the middle of a protest," the group wrote. "We will not forget them, and we will be back in the '
    'street."\n\n'
    "Under a constitution adopted last year, Gnassingbé, who has ruled since 2005, was sworn in in May as President of "
    'the Council of Ministers, a post with no term limits. The opposition calls the change a "constitutional coup".\n\n'
    "Brigitte Kafui Adjamagbo-Johnson, a veteran opposition leader, said the killings showed the regime's fear. "
    "\"They have changed the constitution, they have changed the name of the president's office, but they have not "
    'changed the hearts of the people," she told RFI.\n\n'
    "The report also criticises internet restrictions during the protests. According to Amnesty, access to Facebook, "
    "Telegram and TikTok was slowed or blocked for at least 48 hours from 26 June, a measure the group described as "
    '"collective punishment".\n\n'
    "The Economic Community of West African States (ECOWAS) has not commented on the report. In a statement on 30 "
    'June, the bloc\'s commission said it was following the situation in Togo "with concern" and called for calm.\n\n'
    "The mother of one of the dead, 19-year-old apprentice tailor Kodjo Agbeko, told Amnesty that police had refused "
    'to let her see his body for three days. "When they finally showed me my son, they said he drowned. My son '
    'grew up on the lagoon. He swam before he could walk," she said.\n\n'
    "Amnesty said it had written to the ministers of security and justice on 8 July with its findings and had "
    "received no response by the time the report went to press.",
    [
        ("mixed", "Amnesty International", "excessive force"),
        ("direct", "Fabien Offner", "The evidence we have gathered points to a"),
        ("direct", "Fabien Offner", "Instead of blaming the lagoon, the authorities"),
        ("mixed", "Witnesses", "militias"),
        ("direct", "a 34-year-old mechanic", "They were beating the boys with sticks and"),
        ("direct", "a 34-year-old mechanic", "The next day the bodies came up."),
        ("mixed", "Amnesty International", "immediately release everyone detained solely"),
        ("mixed", "government", "allegations based on anonymous testimony"),
        ("mixed", "Yawa Kouigan", "shown restraint in the face of violent attempts"),
        ("direct", "government", "No one was thrown into the lagoon by the forces"),
        ("direct", "June 6 Movement", "Our brothers did not go swimming in the lagoon"),
        ("direct", "June 6 Movement", "We will not forget them, and we will be back"),
        ("mixed", "opposition", "constitutional coup"),
        ("direct", "Brigitte Kafui Adjamagbo-Johnson", "They have changed the constitution, they have"),
        ("mixed", "Amnesty International", "collective punishment"),
        ("mixed", "Economic Community of West African States", "with concern"),
        ("direct", "The mother of one of the dead", "When they finally showed me my son, they said he"),
    ],
)

PAKISTAN = (
    "r18-pakistan-pti",
    "'Not a single bullet was fired': Pakistan denies killing protesters as PTI says 12 dead\n\n"
    "ISLAMABAD, Nov 27 (Reuters) - Pakistan's government on Wednesday denied that security forces had opened fire on "
    "supporters of jailed former prime minister Imran Khan during a night-time operation to clear them from the "
    "capital, after his party said at least 12 of its workers had been killed.\n\n"
    '"Not a single bullet was fired by the police or the Rangers. Not one," Information Minister Attaullah Tarar '
    'told a news conference in Islamabad. "Those who are spreading these lies on social media will be identified '
    'and dealt with under the law."\n\n'
    "Tarar said nearly 1,000 protesters had been arrested and that a Rangers soldier and three policemen had been "
    "killed in the days before the operation when a vehicle rammed their checkpoint. He did not give a figure for "
    "civilian casualties.\n\n"
    "Khan's Pakistan Tehreek-e-Insaf (PTI) party said in a post on X that security forces had used \"live ammunition "
    'on unarmed, peaceful workers" in the Blue Area district after midnight. "The blood of our workers is on the '
    'hands of this illegitimate regime," the party said. It later raised its toll to 12 and posted a list of names, '
    "which Reuters could not verify.\n\n"
    'Senior PTI leader Latif Khosa, a lawyer, told Reuters the party would go to the Supreme Court. "We have '
    'videos, we have witnesses, we have the hospital records. They can deny all they want," he said.\n\n'
    "Two doctors at the Pakistan Institute of Medical Sciences (PIMS) told Reuters that the hospital had received "
    "at least four bodies with gunshot wounds overnight. One of them said the hospital administration had instructed "
    "staff not to speak to the media.\n\n"
    '"We were told that if anybody asks, we say there were no deaths. But I have seen the bodies myself," said the '
    "doctor, who declined to be named because he feared losing his job.\n\n"
    "The interior minister, Mohsin Naqvi, visited the protest site on Wednesday morning as municipal workers cleared "
    'burnt-out vehicles and shipping containers used as barricades. Naqvi told reporters the capital was "fully '
    'under control" and said the PTI had "brought armed men to Islamabad in the name of a peaceful protest".\n\n'
    '"They came with sticks, with slingshots, with tear gas of their own. This was not a protest, it was an attack '
    'on the state," the minister said.\n\n'
    "Khan, who has been in jail since August 2023 and faces more than 150 cases which he says are politically "
    "motivated, had called the march from his cell in Adiala prison. His wife, Bushra Bibi, led the convoys into the "
    "capital alongside Khyber Pakhtunkhwa's chief minister, Ali Amin Gandapur.\n\n"
    'In a message read out by his sister at Adiala jail on Wednesday and translated from Urdu, Khan said: "I '
    "salute every worker who came out. The people of Pakistan have shown that they will not accept a government "
    'that was installed through a stolen election."\n\n'
    'His sister, Aleema Khan, said her brother was in "high spirits". Another sister, Uzma Khan, told reporters she '
    'had not been allowed to see him for three weeks. "They stop us at the gate every Tuesday. Every Tuesday there '
    'is a new excuse," Uzma Khan said.\n\n'
    "Gandapur, speaking in Mansehra after leaving Islamabad with Bushra Bibi overnight, said the party had "
    '"postponed, not ended" its protest. "We retreated to save lives, because they were ready to kill. We will '
    'decide the next step after consulting Khan sahib," he said in a video message.\n\n'
    "Rights groups called for an inquiry. The Human Rights Commission of Pakistan (HRCP), an independent watchdog, "
    'said it was "gravely alarmed by reports of the use of lethal force" and urged the government to publish the '
    'number of people killed and injured. "Denial is not an investigation," the commission said in a statement.\n\n'
    "Amnesty International's deputy regional director for South Asia, Isabelle Lassée, said in a statement sent to "
    'Reuters: "The authorities must immediately and impartially investigate the reports of deaths and refrain from '
    'the unlawful use of force."\n\n'
    "Mobile internet services in Islamabad, suspended since Sunday, were restored on Wednesday afternoon, according "
    "to the Pakistan Telecommunication Authority.\n\n"
    "Deputy Prime Minister Ishaq Dar told a separate briefing that Pakistan's friends abroad understood the "
    'situation. Asked about the PTI\'s toll, he said: "Show me one name, one funeral, one grave."\n\n'
    "(Reporting by Asif Shahzad and Mubasher Bukhari; Writing by Sakshi Dayal; Editing by Gareth Jones)",
    [
        ("direct", "Attaullah Tarar", "Not a single bullet was fired"),
        ("direct", "Attaullah Tarar", "Not a single bullet was fired by the police or"),
        ("direct", "Attaullah Tarar", "Those who are spreading these lies on social"),
        ("mixed", "Pakistan Tehreek-e-Insaf", "live ammunition on unarmed, peaceful workers"),
        ("direct", "Pakistan Tehreek-e-Insaf", "The blood of our workers is on the hands of"),
        ("direct", "Latif Khosa", "We have videos, we have witnesses, we have the"),
        ("direct", "the doctor", "We were told that if anybody asks, we say there"),
        ("mixed", "Mohsin Naqvi", "fully under control"),
        ("mixed", "Mohsin Naqvi", "brought armed men to Islamabad in the name of"),
        ("direct", "Mohsin Naqvi", "They came with sticks, with slingshots, with"),
        ("direct", "Imran Khan", "I salute every worker who came out. The people"),
        ("mixed", "Aleema Khan", "high spirits"),
        ("direct", "Uzma Khan", "They stop us at the gate every Tuesday. Every"),
        ("mixed", "Ali Amin Gandapur", "postponed, not ended"),
        ("direct", "Ali Amin Gandapur", "We retreated to save lives, because they were"),
        ("mixed", "Human Rights Commission of Pakistan", "gravely alarmed by reports of the use of lethal"),
        ("direct", "Human Rights Commission of Pakistan", "Denial is not an investigation"),
        ("direct", "Isabelle Lassée", "The authorities must immediately and impartially"),
        ("direct", "Ishaq Dar", "Show me one name, one funeral, one grave"),
    ],
)

ARTICLES_C = [PERU, THAILAND_COURT, TOGO, PAKISTAN]
