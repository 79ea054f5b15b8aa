"""Round-18 quotes probe, part A: long articles written for this probe.

Every person, quote and figure here is invented for the probe (some real
organisations and places give the setting). Each entry: (id, text, quotes),
quotes as (kind, speaker, text_start).
"""

KENYA = (
    "r18-kenya-missing",
    "'They took him from the bus stop': families of Kenya's missing protesters demand answers\n\n"
    "By Wanjiru Kamau and Peter Otieno\n\n"
    "NAIROBI, July 4 (Reuters) - At least 39 people have been killed and 32 are missing after two weeks of "
    "protests against tax rises in Kenya, the state-funded Kenya National Commission on Human Rights (KNCHR) "
    "said on Thursday, as families accused police of snatching young activists from their homes and from the street.\n\n"
    "The commission's chairperson, Roseline Adhiambo, told a news conference in Nairobi that the 32 had been reported "
    "missing since June 18 and that its monitors had documented abductions in at least nine of the country's 47 counties.\n\n"
    '"We are receiving calls every night from mothers who do not know whether their children are alive. Some were '
    "picked up by men in unmarked cars, some were taken from their beds. Not one of these families has been told by "
    "the police where their sons are held.\n\n"
    '"This is not how a democracy treats its young people, and we say so to the Inspector General and to the Cabinet '
    'Secretary without fear," she said.\n\n'
    "Protesters run from tear gas on Moi Avenue in Nairobi, Kenya, June 25, 2024. REUTERS/Stringer\n\n"
    "Police spokesperson Resila Achieng did not respond to calls and messages from Reuters on Thursday. In a post on X "
    'late on Wednesday, the National Police Service said it "does not condone abductions by any officer" and asked '
    "relatives of missing people to report to the nearest police station.\n\n"
    '"Any officer found to have acted outside the law will face the full force of the law," the post said.\n\n'
    "Read more:\n"
    "Kenya's president withdraws finance bill after deadly protests\n"
    'Explainer: What is driving the so-called "Gen Z" protests?\n\n'
    "Among the missing is 24-year-old Denis Ochieng, a graphic designer who had posted videos of the marches on "
    "TikTok. His brother, Collins Ochieng, said Denis was last seen at a bus stop in Kitengela on Saturday evening.\n\n"
    '"A neighbour saw four men push him into a white Subaru. He did not fight them. He shouted his name so that people '
    'would know who he was," Collins Ochieng told Reuters by telephone. "We have gone to six police stations. At every '
    'one, they tell us to go to the next."\n\n'
    "Ochieng said the family had hired a lawyer and filed a habeas corpus application at the High Court on Tuesday. "
    '"They know where he is. Somebody signed a book when he was brought in," he said.\n\n'
    "The lawyer, Faith Wambui, who also chairs the Nairobi branch of the Law Society of Kenya (LSK), said a judge had "
    'ordered the police to produce Denis Ochieng in court by Friday. "If he is not produced, we will seek contempt '
    'orders against the Inspector General personally," Wambui said.\n\n'
    "The LSK, which represents some 20,000 advocates, said on Monday that at least 14 of its members had been "
    'threatened while representing detained protesters. The society said the threats were "a direct attack on the '
    'right to counsel" and called on the Chief Justice to intervene.\n\n'
    "Interior Cabinet Secretary Daniel Kiprono responded to the commission's figures on X on Wednesday night.\n\n"
    "Security agencies have been directed to account for every person reported missing since 18th June. No Kenyan "
    "will be held outside the law under this government.\n"
    "— Daniel Kiprono (@DKiprono_CS) July 3, 2024\n\n"
    'The minister later told Citizen Television that the government was "not in the business of abducting its own '
    'children" and that some of those listed as missing had "simply gone home to their rural areas".\n\n'
    'Rights groups say the pattern is not new. According to Amnesty International Kenya, the police have "a long record '
    "of enforced disappearances that were never investigated, let alone prosecuted\". The group's 2023 report, "
    '"Unlawful and Unaccountable: Police Killings in Kenya," listed 118 people killed by officers in a single year.\n\n'
    "Irungu Mwangi, the group's executive director, told Reuters the commission's toll was likely an undercount. "
    '"We have names the commission does not have yet. Families in Mombasa and Nakuru were told not to talk, and many '
    'of them have not talked," he said.\n\n'
    'He added that his staff had visited four mortuaries in Nairobi on Tuesday. "What we saw there does not match '
    'the official story," Mwangi said, declining to give details while families were being informed.\n\n'
    "The protests began peacefully on June 18 as thousands of mostly young Kenyans, organising on social media, "
    "marched against a finance bill that would have raised taxes on bread, mobile money and sanitary pads. They turned "
    "deadly on June 25, when police opened fire on crowds who had briefly stormed parliament.\n\n"
    "At the KNCHR news conference, Adhiambo held up a list of names. The commission, she said, had verified each "
    'death with at least two sources. "We do not publish rumours. We publish what we can prove," the chairperson said.\n\n'
    'A spokesman for the presidency, Hussein Abdi, said on Thursday evening that the commission was "free to share '
    'its information with investigators". "The president has said clearly that there will be no impunity," Abdi '
    'told reporters at State House. "But we will also not accept a narrative that every missing person was taken '
    'by the state."\n\n'
    "(Reporting by Wanjiru Kamau and Peter Otieno; Additional reporting by Hillary Kiprotich in Nakuru; Editing by "
    "Alex Richardson)\n\n"
    "Correction: An earlier version of this story misspelt the name of the LSK branch chair in paragraph 11.",
    [
        ("direct", "Collins Ochieng", "They took him from the bus stop"),
        ("direct", "Roseline Adhiambo", "We are receiving calls every night from mothers"),
        ("mixed", "National Police Service", "does not condone abductions by any officer"),
        ("direct", "National Police Service", "Any officer found to have acted outside the law"),
        ("direct", "Collins Ochieng", "A neighbour saw four men push him into a white"),
        ("direct", "Collins Ochieng", "We have gone to six police stations. At every"),
        ("direct", "Collins Ochieng", "They know where he is. Somebody signed a book"),
        ("direct", "Faith Wambui", "If he is not produced, we will seek contempt"),
        ("mixed", "Law Society of Kenya", "a direct attack on the right to counsel"),
        ("direct", "Daniel Kiprono", "Security agencies have been directed to account"),
        ("mixed", "Daniel Kiprono", "not in the business of abducting its own"),
        ("mixed", "Daniel Kiprono", "simply gone home to their rural areas"),
        ("mixed", "Amnesty International Kenya", "a long record of enforced disappearances that"),
        ("direct", "Irungu Mwangi", "We have names the commission does not have yet"),
        ("direct", "Irungu Mwangi", "What we saw there does not match the official"),
        ("direct", "Roseline Adhiambo", "We do not publish rumours. We publish what we"),
        ("mixed", "Hussein Abdi", "free to share its information with investigators"),
        ("direct", "Hussein Abdi", "The president has said clearly that there will"),
        ("direct", "Hussein Abdi", "But we will also not accept a narrative that"),
    ],
)

GEORGIA = (
    "r18-georgia-custody",
    "‘They beat us one by one’: Georgian protesters describe night in custody\n\n"
    "Tbilisi, December 3 — More than 300 people have been detained in five nights of protests in Georgia against the "
    "government’s decision to suspend talks on joining the European Union, the Interior Ministry said on Tuesday, as "
    "opposition politicians and rights groups accused riot police of beating detainees.\n\n"
    "In a statement, the ministry said 327 people had been detained for “disobeying the lawful orders of police” and "
    "for hooliganism, and that 113 officers had been injured since Thursday. Criminal cases had been opened against "
    "38 people, it said.\n\n"
    "“Members of radical groups attacked police officers with fireworks, stones and glass bottles. Police used "
    "proportionate special means only to restore public order,” the statement said. The ministry, which published its "
    "statement in Georgian, added that “every complaint of ill-treatment will be examined”.\n\n"
    "Levan Beridze, 27, an architect who was held overnight on Saturday, said he had been arrested on Rustaveli "
    "Avenue as he filmed police chasing protesters.\n\n"
    "“They beat us one by one in the yard, and then they made us sign papers we could not read. One of the officers "
    "kept asking me who paid me,” Beridze said, showing a bruise under his left eye. “I told him nobody pays me to "
    "love my country.”\n\n"
    "Georgia’s Public Defender, Nino Lomidze, said her office had visited detention centres in Tbilisi and found that "
    "at least 80 detainees had visible injuries. Most of them, she said, had been hurt during arrest.\n\n"
    "“In many cases the injuries were to the head and face, which cannot be explained by the need to restrain a "
    "person,” Lomidze told reporters on Monday. “I have asked the Prosecutor’s Office to open an investigation into "
    "the conduct of specific units.”\n\n"
    "The deputy interior minister, Giorgi Lomidze, who is no relation, rejected the ombudswoman’s findings at a "
    "briefing on Tuesday. He said officers had been “attacked in a coordinated way” and accused opposition parties of "
    "paying young people to confront police.\n\n"
    "“The police are not going to stand and wait while someone throws a firework at their face,” the deputy minister "
    "said. “Those who organised this violence are sitting in their offices, and they will answer for it as well.”\n\n"
    "Ruling party chairman Irakli Gelashvili called the protests a “liberal-fascist” attempt at revolution in a speech "
    "to party members on Monday, repeating a phrase that government figures have used for months.\n\n"
    "The protests erupted on Thursday after the prime minister said the government would not seek to open accession "
    "talks with the EU until the end of 2028, a move that the opposition described as a betrayal of the constitution, "
    "which commits Georgia to joining the bloc.\n\n"
    "Thousands gathered again outside parliament on Monday night, waving EU and Georgian flags and chanting “Georgia "
    "is Europe”. Some set off fireworks towards lines of riot police, who used water cannon and tear gas to clear the "
    "avenue shortly after 1 a.m.\n\n"
    "Salome Kvaratskhelia, a 19-year-old student, was among those who returned to the avenue. “My parents were afraid "
    "that I would be arrested. I said that if I stay at home, then they win,” she said.\n\n"
    "The European Union’s foreign policy chief said in a written statement on Monday that the bloc “deplores the "
    "violence against peaceful protesters, politicians and media representatives” and that the government’s decision "
    "marked “a departure from the policy of all previous Georgian governments”.\n\n"
    "President Ana Tsereteli, who has sided with the protesters, said in a video address posted to Facebook late on "
    "Monday that she would not leave office when her term ends this month. Her statement, translated from Georgian, "
    "read in part:\n\n"
    "“I will remain with you. There is no legitimate parliament, and therefore no legitimate election of a new "
    "president. I am staying, and I am asking every one of you to stay too.”\n\n"
    "The governing party says the presidential vote in parliament will go ahead on December 14.\n\n"
    "Transparency International Georgia said in a report published on Tuesday, titled “Five Nights: Police Violence on "
    "Rustaveli Avenue,” that journalists had been targeted in at least 40 incidents. The group said several camera "
    "crews had been “deliberately sprayed with pepper spray at close range” and that one reporter for the opposition "
    "channel Formula had a broken nose.\n\n"
    "Its director, Eka Gigauri-Natsvlishvili, told the Civil.ge website that the pattern was clear. “This is not the "
    "work of one angry officer. These are orders,” she said.\n\n"
    "Asked about the report, Giorgi Lomidze said the ministry would “study it carefully”, but added: “I have not seen a "
    "single piece of evidence that a journalist was attacked because he was a journalist.”\n\n"
    "Beridze, released on Sunday with a fine of 2,000 lari, said he planned to go back to Rustaveli Avenue that night. "
    "Asked whether he was afraid, he smiled. “Of course. Everybody is afraid. That is not a reason to stay home.”",
    [
        ("direct", "Levan Beridze", "They beat us one by one"),
        ("mixed", "Interior Ministry", "disobeying the lawful orders of police"),
        ("direct", "Interior Ministry", "Members of radical groups attacked police officers"),
        ("mixed", "Interior Ministry", "every complaint of ill-treatment will be examined"),
        ("direct", "Levan Beridze", "They beat us one by one in the yard, and then"),
        ("direct", "Levan Beridze", "I told him nobody pays me to love my country"),
        ("direct", "Nino Lomidze", "In many cases the injuries were to the head and"),
        ("direct", "Nino Lomidze", "I have asked the Prosecutor’s Office to open"),
        ("mixed", "Giorgi Lomidze", "attacked in a coordinated way"),
        ("direct", "Giorgi Lomidze", "The police are not going to stand and wait while"),
        ("direct", "Giorgi Lomidze", "Those who organised this violence are sitting"),
        ("direct", "Thousands", "Georgia is Europe"),
        ("direct", "Salome Kvaratskhelia", "My parents were afraid that I would be arrested"),
        (
            "mixed",
            "European Union’s foreign policy chief",
            "deplores the violence against peaceful protesters",
        ),
        ("mixed", "European Union’s foreign policy chief", "a departure from the policy of all previous"),
        ("direct", "Ana Tsereteli", "I will remain with you. There is no legitimate"),
        ("mixed", "Transparency International Georgia", "deliberately sprayed with pepper spray at close"),
        ("direct", "Eka Gigauri-Natsvlishvili", "This is not the work of one angry officer"),
        ("mixed", "Giorgi Lomidze", "study it carefully"),
        ("direct", "Giorgi Lomidze", "I have not seen a single piece of evidence that"),
        ("direct", "Levan Beridze", "Of course. Everybody is afraid. That is not a"),
    ],
)

IRAN = (
    "r18-iran-hunger-strike",
    "Iran: jailed teachers' union leaders on hunger strike as rights group warns of 'slow execution'\n\n"
    "OSLO/PARIS, 12 March 2025 (IHR/Hengaw) — Two imprisoned leaders of Iran's teachers' union have been on hunger "
    "strike for 23 days in Evin prison and one of them was taken to hospital unconscious on Monday, according to "
    "the Norway-based group Iran Human Rights (IHR) and the Kurdish rights organisation Hengaw.\n\n"
    "Rasoul Bodaghi and Esmail Abdi, both members of the Iranian Teachers' Trade Association, stopped eating on 17 "
    "February to protest against what their families described as the denial of medical care and visits. Abdi, 52, "
    "was moved to Taleghani hospital after collapsing in his cell, a relative told IHR.\n\n"
    '"When we saw him on Sunday he could not stand without help. He had lost 14 kilos. He told us he would not stop '
    'until the prosecutor keeps his promise about the visits," the relative, who asked not to be named for fear of '
    "reprisals, told the group.\n\n"
    "Iran Human Rights' director, Shirin Rahmani, said the authorities bore full responsibility for the men's lives. "
    '"Keeping sick prisoners away from doctors is a form of slow execution. The Islamic Republic has done this before '
    'and it has cost lives before," she said in a statement released with the report.\n\n'
    "In its statement, the group said the two men were among at least 40 teachers and union activists held in Iran "
    'for "peaceful trade union activities" and urged the UN special rapporteur to raise their case.\n\n'
    "Hengaw said that in the same week at least 11 people had been arrested in Sanandaj and Mahabad after gatherings "
    "marking the anniversary of a student's death in custody. The organisation said security forces had \"raided "
    'homes at night without warrants" and that one of the detainees, a 17-year-old, had been held incommunicado '
    "for six days.\n\n"
    "The boy's mother told Hengaw that she had been turned away from the intelligence ministry office in Sanandaj "
    'four times. "They say: go home, he is fine. Then why can I not hear his voice? Why can I not give him a '
    'jacket? It is cold," she said.\n\n'
    "Iran's judiciary rejected the claims. Its Mizan news agency quoted the Tehran prosecutor, Ali Salehi, as saying "
    'that both union leaders had "full access to prison medical services" and that their hunger strike was '
    '"a political show directed from abroad".\n\n'
    '"Some people outside the country want to turn a legal case into a human rights case. The judiciary will not '
    'allow its decisions to be dictated by foreign-based media," Salehi was quoted as saying, in remarks translated '
    "by IHR from Persian.\n\n"
    "State broadcaster IRIB later aired a short clip it said showed Bodaghi eating in the prison clinic. His wife, "
    'Maryam Bodaghi, said on Instagram that the footage was months old. "This was filmed last summer. You can see '
    'the window behind him is open," she wrote.\n\n'
    'A second post from her account on Tuesday said: "My husband is a teacher, not a criminal. He asked for '
    'nothing except a fair salary for his colleagues."\n\n'
    "The teachers' association has led strikes and sit-ins since 2021 over pay, pensions and the arrest of its "
    "members. Its spokesman in exile, Mohammad Habibi, who lives in Germany, told Radio Farda that the union would "
    "call new gatherings outside education offices on Thursday.\n\n"
    '"We are not asking for anything political. We are asking that our colleagues are not left to die," he said. '
    '"If the officials want the gatherings to stop, the answer is simple: release them."\n\n'
    "Habibi's remarks could not be independently verified. Iran's education ministry did not respond to a request "
    "for comment.\n\n"
    'Amnesty International, in a report published in January titled "Silencing the Classroom," said that at least '
    "three teachers' union members had died in custody or shortly after release since 2019. The report's author, "
    'Raha Bahreini, told AFP at the time that "prison doctors in Iran too often take their orders from the '
    'interrogators".\n\n'
    "According to IHR, the number of political prisoners on hunger strike across Iran rose sharply this year. The "
    "group counted 19 cases in January and February alone, compared with 11 in the whole of 2024.\n\n"
    'The UN special rapporteur on Iran, Mai Sato, said in a post on X on Tuesday that she was "deeply concerned" '
    'about the two men. "I call on the authorities to guarantee their right to health and to family visits, and to '
    'release everyone held solely for peaceful union activity," she wrote.\n\n'
    "Editor's note: This release was updated on 12 March at 18:00 CET to add comment from the Tehran prosecutor.\n\n"
    "For more information, contact: press@iranhr.example",
    [
        ("mixed", "Iran Human Rights", "slow execution"),
        ("direct", "a relative", "When we saw him on Sunday he could not stand"),
        ("direct", "Shirin Rahmani", "Keeping sick prisoners away from doctors is a form"),
        ("mixed", "Iran Human Rights", "peaceful trade union activities"),
        ("mixed", "Hengaw", "raided homes at night without warrants"),
        ("direct", "The boy's mother", "They say: go home, he is fine. Then why can I"),
        ("mixed", "Ali Salehi", "full access to prison medical services"),
        ("mixed", "Ali Salehi", "a political show directed from abroad"),
        ("direct", "Ali Salehi", "Some people outside the country want to turn a"),
        ("direct", "Maryam Bodaghi", "This was filmed last summer. You can see the"),
        ("direct", "Maryam Bodaghi", "My husband is a teacher, not a criminal"),
        ("direct", "Mohammad Habibi", "We are not asking for anything political"),
        ("direct", "Mohammad Habibi", "If the officials want the gatherings to stop"),
        ("mixed", "Raha Bahreini", "prison doctors in Iran too often take their"),
        ("mixed", "Mai Sato", "deeply concerned"),
        ("direct", "Mai Sato", "I call on the authorities to guarantee their"),
    ],
)

ARTICLES_A = [KENYA, GEORGIA, IRAN]
