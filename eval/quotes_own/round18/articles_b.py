"""Round-18 quotes probe, part B: long articles written for this probe.

Every person, quote and figure here is invented for the probe. Each entry:
(id, text, quotes), quotes as (kind, speaker, text_start).
"""

SUDAN_QA = (
    "r18-sudan-interview",
    "INTERVIEW | 'The army and the RSF both want us silent': a Khartoum emergency room volunteer speaks\n\n"
    "Omdurman — Since the war between Sudan's army and the Rapid Support Forces (RSF) began in April 2023, "
    "neighbourhood emergency response rooms have fed, sheltered and treated hundreds of thousands of people in the "
    "capital. At least 62 of their volunteers have been killed and more than 100 detained by one side or the other, "
    "according to a count kept by the rooms' coordinating body.\n\n"
    "Hanan Abdelrahman, 31, a pharmacist who coordinates a communal kitchen in Omdurman's Abu Saad district, was "
    "detained for 11 days by military intelligence in February. She spoke to our correspondent Yousif Idris by "
    "telephone last week. The interview has been translated from Arabic and edited for length and clarity.\n\n"
    "Q: Why were you arrested?\n\n"
    "A: They never told me. Four men came to the kitchen at noon, while we were serving lentils to about 300 people, "
    "and asked for the person responsible. I said it was me. They took my phone and put me in a pickup.\n\n"
    "Later, in the room where they questioned me, they read me my own WhatsApp messages. They wanted to know who "
    "sends us money from abroad. For them, anyone who receives money from outside is working for the RSF.\n\n"
    "Q: Were you mistreated?\n\n"
    "A: I was not beaten, but the young men in the next room were beaten every night. We heard everything. One of "
    "them was a volunteer from our own kitchen, Mujtaba. I do not know where he is now.\n\n"
    "Q: The army says the emergency rooms are a front for the RSF. What do you say to that?\n\n"
    "A: I say come and eat with us. In the areas the RSF controls, our colleagues are arrested for the opposite "
    "reason, because the RSF thinks they are spies for the army. Both of them want us silent, because we are the "
    "only ones still writing down who died and where.\n\n"
    "Q: Has anyone been held to account?\n\n"
    "A: No. Nobody. We have given the names of our dead to the United Nations, to everyone who asked. We have not "
    "heard one word back.\n\n"
    "Sudan's armed forces did not respond to written questions sent to their spokesman, Brigadier General Nabil "
    'Abdallah. In a statement last month, the army said it would "deal firmly with any entity that provides '
    'logistical or media cover to the rebel militia", without naming the emergency rooms.\n\n'
    'The RSF, in a statement on its Telegram channel, denied detaining aid workers. "Our forces protect '
    'humanitarian workers and guarantee their freedom of movement in all areas under their control," the statement '
    'said. The paramilitary group has previously described reports of abuses by its fighters as "fabrications by '
    'the remnants of the former regime".\n\n'
    "The United Nations' top humanitarian official in Sudan, Clementine Nkweta-Salami, praised the volunteers in "
    'remarks to reporters in Port Sudan on Wednesday. "The emergency response rooms are the backbone of the '
    'humanitarian response in Khartoum. They reach people we cannot reach," she said.\n\n'
    "The rooms, which won a human rights prize in Norway last year, rely on donations sent through mobile money apps "
    "and on diaspora groups. Mohamed Elfatih, a spokesman for the coordinating body, said funding had fallen by "
    "more than half since January.\n\n"
    '"We closed 18 kitchens in the last two months. Every kitchen we close is a neighbourhood that goes to bed '
    'hungry," Elfatih told The New Humanitarian. "People outside think this war is over. It is not over for '
    "anyone who lives here.\n\n"
    '"And when our volunteers are arrested, the kitchen closes anyway, because nobody else dares to take the '
    'keys."\n\n'
    'Hanan Abdelrahman was released after her family paid what she described as a "guarantee" to an officer. '
    "She has returned to the kitchen.\n\n"
    "Her account matches those of other volunteers. Two men held at the same facility told Sudan Tribune that they "
    'had been questioned about transfers from relatives in Saudi Arabia. "Every pound that arrived was written in a '
    'notebook for the kitchen. We showed them the notebook," one of them said.\n\n'
    "Q: Are you afraid that this interview will put you at risk again?\n\n"
    "A: Of course. But if I am silent, then they have already won. My mother told me: the food does not cook itself. "
    "So I go back every morning.\n\n"
    'This interview is part of our series "Voices from the War". Read the previous instalment: "We buried our '
    'neighbours in the courtyard".',
    [
        ("direct", "Hanan Abdelrahman", "The army and the RSF both want us silent"),
        ("direct", "Hanan Abdelrahman", "They never told me. Four men came to the kitchen"),
        ("direct", "Hanan Abdelrahman", "Later, in the room where they questioned me"),
        ("direct", "Hanan Abdelrahman", "I was not beaten, but the young men in the next"),
        ("direct", "Hanan Abdelrahman", "I say come and eat with us. In the areas the RSF"),
        ("direct", "Hanan Abdelrahman", "No. Nobody. We have given the names of our dead"),
        ("mixed", "Sudan's armed forces", "deal firmly with any entity that provides"),
        ("direct", "Rapid Support Forces", "Our forces protect humanitarian workers and"),
        ("mixed", "Rapid Support Forces", "fabrications by the remnants of the former"),
        ("direct", "Clementine Nkweta-Salami", "The emergency response rooms are the backbone"),
        ("direct", "Mohamed Elfatih", "We closed 18 kitchens in the last two months"),
        ("direct", "Mohamed Elfatih", "People outside think this war is over. It is not"),
        ("direct", "Mohamed Elfatih", "And when our volunteers are arrested, the kitchen"),
        ("direct", "one of them", "Every pound that arrived was written in a"),
        ("direct", "Hanan Abdelrahman", "Of course. But if I am silent, then they have"),
    ],
)

BANGLADESH = (
    "r18-bangladesh-students",
    "Bangladesh students defy curfew as toll rises; 'we will not go home with blood on the road'\n\n"
    "Dhaka, July 20 (AFP) - Students in Bangladesh vowed on Saturday to keep protesting despite a nationwide curfew "
    "and a communications blackout, as hospital figures compiled by AFP showed at least 133 people had been killed "
    "in five days of clashes over quotas for government jobs.\n\n"
    "Soldiers patrolled the streets of the capital Dhaka after the government ordered the army onto the streets on "
    "Friday night. Mobile internet has been cut since Thursday.\n\n"
    '"We will not go home with blood on the road. Every one of our brothers who died will be counted, and every one '
    "of them will be answered for.\" The words were shouted through a megaphone outside Dhaka University's Shahidullah "
    "Hall by Tahmid Hossain, one of the coordinators of the Students Against Discrimination movement, shortly before "
    "police fired tear gas to disperse the crowd.\n\n"
    "Hossain, 25, a sociology student, later told AFP that at least six coordinators had been detained since "
    'Friday. "They are picking us up one by one. They think if they take the leaders, the students will stop. They do '
    'not understand that there are no leaders," he said.\n\n'
    "A police officer at the scene, who spoke on condition of anonymity because he was not authorised to talk to "
    'the media, said his unit had been ordered to clear the area "by any means". "We are also human beings. We also '
    'have children in these universities," the officer said.\n\n'
    'Home Minister Asaduzzaman Kabir defended the curfew in a televised address. "The government had no option but '
    "to deploy the army to protect lives and state property. Terrorists and the opposition have taken advantage of the "
    "students' movement,\" he said.\n\n"
    "The minister said state broadcaster BTV's headquarters, two metro stations and dozens of police posts had been "
    "set on fire. He gave no figure for the dead.\n\n"
    "At Dhaka Medical College Hospital, a doctor said the emergency ward had received more than 200 injured people "
    'since Thursday, many with gunshot wounds. "Most of them are young, between 18 and 25. Many were hit in the chest '
    'and head," said the doctor, who asked not to be named.\n\n'
    "Among the dead was Mir Mahfuzur Rahman, 25, a student who had been handing out water to protesters. His brother, "
    "Mir Mahbubur Rahman, said he was shot in the forehead near Azampur on Thursday afternoon.\n\n"
    '"He was carrying a box of water bottles. He was not throwing anything," Mahbubur said. "My brother was going to '
    'finish his degree this year."\n\n'
    "Rahman said the family had been told they could not take the body home to their village until the curfew was "
    'relaxed. "We are waiting in the corridor of the hospital. Nobody tells us anything," he said.\n\n'
    "The protests began peacefully on July 1 after the High Court reinstated a system that reserves 30 percent of "
    "government jobs for descendants of veterans of the 1971 independence war. Critics say the system benefits "
    "supporters of the ruling Awami League.\n\n"
    "Prime Minister Sheikh Hasina, speaking on Wednesday before the curfew was imposed, promised that those "
    'responsible for the killings would be punished "regardless of their political affiliation".\n\n'
    "Opposition Bangladesh Nationalist Party (BNP) secretary-general Mirza Fakhrul Islam Alamgir said the government "
    'had "turned the country into a killing field". In a statement, the party denied involvement in the arson '
    'attacks and said that "blaming the BNP is the government\'s oldest trick".\n\n'
    'The United Nations human rights chief urged restraint. "Attacks on peaceful protesters are deeply shocking and '
    'unacceptable," his spokeswoman, Liz Throssell, told reporters in Geneva, adding that there were "alarming '
    'reports" of live ammunition being fired at students.\n\n'
    'Human Rights Watch said the blackout made it impossible to verify the full toll. "The government has cut off '
    'the internet at precisely the moment when people need to know what is happening to their families," said '
    'Julia Bleckner, senior Asia researcher at the group. The rights group called the quota ruling "the spark, '
    'not the cause".\n\n'
    "Back at Shahidullah Hall, as tear gas drifted over the courtyard, a first-year student wiped her eyes with the "
    "end of her scarf. Her name was Nusrat Jahan, she said, and she was 19.\n\n"
    '"My mother called me on the landline and told me to come home. I told her that I am home," she said, pointing '
    'at the hall. "This is where my friends are."\n\n'
    "AFP's toll is based on figures given by police and doctors at hospitals in Dhaka and other cities. It could "
    "not be independently verified.",
    [
        ("direct", "Tahmid Hossain", "we will not go home with blood on the road"),
        ("direct", "Tahmid Hossain", "We will not go home with blood on the road. Every"),
        ("direct", "Tahmid Hossain", "They are picking us up one by one. They think if"),
        ("mixed", "A police officer", "by any means"),
        ("direct", "A police officer", "We are also human beings. We also have children"),
        ("direct", "Asaduzzaman Kabir", "The government had no option but to deploy the"),
        ("direct", "a doctor", "Most of them are young, between 18 and 25"),
        ("direct", "Mir Mahbubur Rahman", "He was carrying a box of water bottles. He was"),
        ("direct", "Mir Mahbubur Rahman", "My brother was going to finish his degree"),
        ("direct", "Mir Mahbubur Rahman", "We are waiting in the corridor of the hospital"),
        ("mixed", "Sheikh Hasina", "regardless of their political affiliation"),
        ("mixed", "Mirza Fakhrul Islam Alamgir", "turned the country into a killing field"),
        ("mixed", "Bangladesh Nationalist Party", "blaming the BNP is the government's oldest trick"),
        ("direct", "Liz Throssell", "Attacks on peaceful protesters are deeply shocking"),
        ("mixed", "Liz Throssell", "alarming reports"),
        ("direct", "Julia Bleckner", "The government has cut off the internet at"),
        ("mixed", "Human Rights Watch", "the spark, not the cause"),
        ("direct", "Nusrat Jahan", "My mother called me on the landline and told me"),
        ("direct", "Nusrat Jahan", "This is where my friends are."),
    ],
)

SERBIA_LIVE = (
    "r18-serbia-liveblog",
    "LIVE: Serbia protests — students block Gazela bridge as prime minister offers talks\n\n"
    "Last updated 21:47 CET\n\n"
    "Tens of thousands of people are marching in Belgrade for a fourth consecutive weekend after the collapse of a "
    "railway station canopy in Novi Sad killed 15 people. Follow our live coverage below.\n\n"
    "21:40 CET\n\n"
    "Prime Minister Milan Radović has told the state broadcaster RTS that he is ready to meet student "
    'representatives "tomorrow, at any place they choose". He said the government had already published '
    '"every document related to the reconstruction of the station" and accused opposition parties of "hiding '
    'behind the students".\n\n'
    "\"I understand the anger, I share the grief. But blocking bridges and hospitals' access roads is not grief, "
    'it is politics," Radović said.\n\n'
    "21:12 CET\n\n"
    "The student plenum of the Faculty of Philosophy, one of the groups organising the blockades, has rejected the "
    'offer in a post on Instagram. "We are not a party and we do not negotiate. Our four demands are public, and '
    'they have been for a month," the post reads.\n\n'
    "Ana Radović, a fourth-year law student who has become one of the best-known faces of the movement (and who is "
    "no relation to the prime minister), repeated the point to reporters on the bridge.\n\n"
    '"There is nothing to talk about. Fulfil the demands and we go back to class," she said.\n\n'
    "20:35 CET\n\n"
    "Police say 12 people were detained this afternoon after a car drove into protesters on Nemanjina Street, "
    "injuring a young woman. The Interior Ministry said in a statement that the driver had been arrested and "
    '"will be prosecuted to the full extent of the law".\n\n'
    "Belgrade's public prosecutor's office said the driver faced charges of attempted murder.\n\n"
    "19:58 CET\n\n"
    "The opposition Freedom and Justice Party has shared a video showing the moment the car hit the crowd. Its "
    "leader, Dragan Petković, wrote:\n\n"
    'This is what happens when the president calls students "foreign agents" every night on television. The '
    "responsibility is his.\n"
    "— Dragan Petković (@DPetkovic_SSP) December 1, 2024\n\n"
    "President Aleksandar Marić has not commented on the incident. Speaking on Saturday, he said the protests were "
    'being "financed from abroad" and that "the so-called students" included people who "have not seen a lecture '
    'hall in ten years".\n\n'
    "19:20 CET\n\n"
    "Our correspondent on the Gazela bridge, Jelena Stojanović, says the crowd has grown to several thousand. "
    "Traffic into the city from the west is at a standstill. Drivers stuck in the queue are honking in support, "
    "she says.\n\n"
    "A retired engineer, Miloš Janković, 68, told her he had walked five kilometres to join the students. "
    '"My generation built these bridges. The least we can do is stand on them with our grandchildren," he said.\n\n'
    "18:45 CET\n\n"
    "The European Commission spokesperson for enlargement, asked about the protests at a briefing in Brussels, "
    'said the EU expected "full transparency and accountability" for the Novi Sad disaster.\n\n'
    '"The right to peaceful assembly must be respected. We call on all sides to refrain from violence," the '
    "spokesperson said.\n\n"
    "18:02 CET\n\n"
    "The Serbian Association of Judges has issued a statement supporting the students, a rare step for the "
    'professional body. The association said it was "concerned that the investigation into the collapse is '
    'proceeding too slowly" and that "the public has a right to know who signed off on the works".\n\n'
    'The statement continued: "Judges must not be silent when fifteen lives are lost and nobody is held '
    'responsible. Delay in such a case is itself a form of injustice."\n\n'
    "17:30 CET\n\n"
    "Health Minister Zlatibor Lukić has warned that blockades near the Clinical Centre were delaying ambulances. "
    '"Yesterday an ambulance carrying a patient with a heart attack was stopped for nine minutes," the minister '
    "said. Students deny the claim; in a post on X, the medical students' plenum said its members had formed "
    '"a corridor for every ambulance, every time".\n\n'
    "16:50 CET\n\n"
    'Marchers have reached the bridge. Chants of "Pumpaj!" — a slogan that roughly means "keep pumping" or '
    '"keep going" — echo off the concrete. Many carry signs reading "Your hands are bloody" and the names of '
    "the 15 people who died.\n\n"
    "16:05 CET\n\n"
    "Welcome to our live coverage. Students have called for a 15-minute silence at 11:52, the time the canopy "
    "fell on November 1. Organisers say it will be the largest of the blockades so far.",
    [
        ("mixed", "Milan Radović", "tomorrow, at any place they choose"),
        ("mixed", "Milan Radović", "every document related to the reconstruction"),
        ("mixed", "Milan Radović", "hiding behind the students"),
        ("direct", "Milan Radović", "I understand the anger, I share the grief. But"),
        (
            "direct",
            "student plenum of the Faculty of Philosophy",
            "We are not a party and we do not negotiate",
        ),
        ("direct", "Ana Radović", "There is nothing to talk about. Fulfil the demands"),
        ("mixed", "Interior Ministry", "will be prosecuted to the full extent of the law"),
        ("direct", "Dragan Petković", "This is what happens when the president calls"),
        ("mixed", "Aleksandar Marić", "financed from abroad"),
        ("mixed", "Aleksandar Marić", "the so-called students"),
        ("mixed", "Aleksandar Marić", "have not seen a lecture hall in ten years"),
        ("direct", "Miloš Janković", "My generation built these bridges. The least"),
        ("mixed", "European Commission spokesperson", "full transparency and accountability"),
        ("direct", "European Commission spokesperson", "The right to peaceful assembly must be respected"),
        ("mixed", "Serbian Association of Judges", "concerned that the investigation into the collapse"),
        ("mixed", "Serbian Association of Judges", "the public has a right to know who signed off"),
        ("direct", "Serbian Association of Judges", "Judges must not be silent when fifteen lives"),
        ("direct", "Zlatibor Lukić", "Yesterday an ambulance carrying a patient with"),
        ("mixed", "medical students' plenum", "a corridor for every ambulance, every time"),
    ],
)

ARTICLES_B = [SUDAN_QA, BANGLADESH, SERBIA_LIVE]
