"""Build eval/places_own/{work,held}.jsonl from the probe articles below (round 17).

Articles written for tally (not copied from any outlet or gold set). Each gold
place: the surface as written, its ISO country, and for towns a GeoNames-like
point (None for countries and provinces, scored by country only).
`not_places`: place words inside names of outlets, companies or bodies that are
no places. The split is by sha1 of the id, fixed before tally ran on any item.
"""

import hashlib
import json
from pathlib import Path

A = []


def art(id_, text, places, not_places=()):
    A.append({"id": id_, "text": text, "places": places, "not_places": list(not_places)})


art(
    "tripoli-libya",
    "TRIPOLI, Libya (AP) — Armed groups clashed overnight near the airport in Tripoli, the capital, leaving at least nine people dead, the Health Ministry said. Residents of Tajoura reported heavy gunfire. The Libya Observer said the fighting later spread toward Misrata.",
    [
        ["TRIPOLI", "LY", 32.8925, 13.18],
        ["Libya", "LY", None, None],
        ["Tripoli", "LY", 32.8925, 13.18],
        ["Tajoura", "LY", 32.8817, 13.3506],
        ["Misrata", "LY", 32.3754, 15.0925],
    ],
    ["Libya Observer"],
)
art(
    "tripoli-lebanon",
    "Protesters blocked roads in Tripoli, Lebanon's second city, on Tuesday as the currency hit a new low. Troops fired tear gas near Al-Nour Square, the army said. Smaller crowds gathered in Sidon and in Beirut.",
    [
        ["Tripoli", "LB", 34.4367, 35.8497],
        ["Lebanon", "LB", None, None],
        ["Sidon", "LB", 33.5606, 35.3758],
        ["Beirut", "LB", 33.8933, 35.5016],
    ],
)
art(
    "georgia-country",
    "TBILISI (Reuters) - Police in Georgia detained 63 people overnight as thousands rallied outside parliament in Tbilisi against a draft law on foreign agents, the interior ministry said. Rallies were also held in Batumi and Kutaisi.",
    [
        ["TBILISI", "GE", 41.6941, 44.8337],
        ["Georgia", "GE", None, None],
        ["Tbilisi", "GE", 41.6941, 44.8337],
        ["Batumi", "GE", 41.6423, 41.6339],
        ["Kutaisi", "GE", 42.2679, 42.6946],
    ],
)
art(
    "georgia-state",
    "ATLANTA — Hundreds of students marched through downtown Atlanta on Friday to protest a police training center, and state troopers arrested 23 people, the Georgia Bureau of Investigation said. Similar rallies took place in Savannah and Athens, Georgia.",
    [
        ["ATLANTA", "US", 33.749, -84.388],
        ["Atlanta", "US", 33.749, -84.388],
        ["Savannah", "US", 32.0835, -81.0998],
        ["Athens", "US", 33.9609, -83.3779],
        ["Georgia", "US", None, None],
    ],
    ["Georgia Bureau of Investigation"],
)
art(
    "hyderabad-india",
    "HYDERABAD, India (Reuters) - Police in the southern Indian state of Telangana detained more than 200 opposition workers on Monday who tried to march to the state secretariat in Hyderabad. Protests were also reported in Warangal, officials said.",
    [
        ["HYDERABAD", "IN", 17.385, 78.4867],
        ["India", "IN", None, None],
        ["Telangana", "IN", None, None],
        ["Hyderabad", "IN", 17.385, 78.4867],
        ["Warangal", "IN", 17.9689, 79.5941],
    ],
)
art(
    "hyderabad-pakistan",
    "Traders shut their shops in Hyderabad and Karachi on Saturday to protest power cuts, and police in Sindh province arrested 40 people after clashes, Dawn reported. Sukkur stayed calm.",
    [
        ["Hyderabad", "PK", 25.392, 68.3737],
        ["Karachi", "PK", 24.8608, 67.0104],
        ["Sindh", "PK", None, None],
        ["Sukkur", "PK", 27.7052, 68.8574],
    ],
    ["Dawn"],
)
art(
    "santiago-chile",
    "SANTIAGO, Chile — Carabineros used water cannon against students in central Santiago on Thursday, and 35 people were detained, the Interior Ministry said. In Valparaíso, dockworkers joined the strike. Concepción also saw marches.",
    [
        ["SANTIAGO", "CL", -33.4569, -70.6483],
        ["Chile", "CL", None, None],
        ["Santiago", "CL", -33.4569, -70.6483],
        ["Valparaíso", "CL", -33.0393, -71.6273],
        ["Concepción", "CL", -36.827, -73.0498],
    ],
)
art(
    "santiago-dr",
    "Police in the Dominican Republic said 12 people were arrested in Santiago de los Caballeros after protests over electricity prices turned violent. Demonstrators also blocked the main highway to Santo Domingo.",
    [
        ["Dominican Republic", "DO", None, None],
        ["Santiago de los Caballeros", "DO", 19.4517, -70.697],
        ["Santo Domingo", "DO", 18.4719, -69.8923],
    ],
)
art(
    "alexandria-egypt",
    "CAIRO — Egyptian security forces arrested at least 17 workers after a sit-in at a textile factory in Alexandria, a rights group said on Sunday. The Egyptian Initiative for Personal Rights said the workers were held in Borg El Arab prison.",
    [["CAIRO", "EG", 30.0626, 31.2497], ["Alexandria", "EG", 31.2018, 29.9158]],
    ["Egyptian Initiative for Personal Rights"],
)
art(
    "alexandria-virginia",
    "ALEXANDRIA, Va. — A federal judge in Virginia sentenced two men to prison on Wednesday for their role in the attack on the Capitol in Washington. The hearing in Alexandria drew a small protest outside the courthouse.",
    [
        ["ALEXANDRIA", "US", 38.8048, -77.0469],
        ["Va.", "US", None, None],
        ["Virginia", "US", None, None],
        ["Washington", "US", 38.8951, -77.0364],
        ["Alexandria", "US", 38.8048, -77.0469],
    ],
)
art(
    "sanjose-costarica",
    "SAN JOSE, Costa Rica (AP) — Thousands of public employees marched in San Jose on Monday against a proposed pay freeze, and police said the protest was peaceful. Unions in Limón and Puntarenas also stopped work.",
    [
        ["SAN JOSE", "CR", 9.9333, -84.0833],
        ["Costa Rica", "CR", None, None],
        ["San Jose", "CR", 9.9333, -84.0833],
        ["Limón", "CR", 9.9907, -83.036],
        ["Puntarenas", "CR", 9.9763, -84.8384],
    ],
)
art(
    "sanjose-california",
    "Police in San Jose, California, arrested 14 people after a protest against immigration raids blocked a freeway, a spokesperson said. Marches also took place in Oakland and Los Angeles.",
    [
        ["San Jose", "US", 37.3394, -121.895],
        ["California", "US", None, None],
        ["Oakland", "US", 37.8044, -122.2708],
        ["Los Angeles", "US", 34.0522, -118.2437],
    ],
)
art(
    "cordoba-argentina",
    "BUENOS AIRES (Reuters) - Argentine police clashed with teachers in Córdoba on Wednesday, injuring at least 11 people, local media said. The teachers' union called a national strike, with rallies in Rosario and Mendoza.",
    [
        ["BUENOS AIRES", "AR", -34.6131, -58.3772],
        ["Córdoba", "AR", -31.4135, -64.181],
        ["Rosario", "AR", -32.9468, -60.6393],
        ["Mendoza", "AR", -32.8908, -68.8272],
    ],
)
art(
    "valencia-venezuela",
    "Security forces detained 19 people in Valencia, in Venezuela's Carabobo state, after protests over the disputed election, the rights group Foro Penal said. In Caracas, colectivos on motorbikes fired at demonstrators in Petare.",
    [
        ["Valencia", "VE", 10.162, -68.0077],
        ["Venezuela", "VE", None, None],
        ["Carabobo", "VE", None, None],
        ["Caracas", "VE", 10.488, -66.8792],
        ["Petare", "VE", 10.4763, -66.8077],
    ],
)
art(
    "iran-mahsa",
    "DUBAI, Sept 22 (Reuters) - Iranian security forces killed at least eight people in the southeastern city of Zahedan on Friday, Amnesty International said, as protests spread from Tehran to Mashhad and to towns of Kurdistan province. The semi-official Tasnim news agency said police had been attacked.",
    [
        ["DUBAI", "AE", 25.0772, 55.3093],
        ["Zahedan", "IR", 29.4963, 60.8629],
        ["Tehran", "IR", 35.6944, 51.4215],
        ["Mashhad", "IR", 36.297, 59.6062],
        ["Kurdistan", "IR", None, None],
    ],
    ["Tasnim"],
)
art(
    "belarus-minsk",
    "MINSK — Belarusian riot police detained more than 700 people in Minsk and Grodno on Sunday, the Viasna human rights centre said. The Belarusian Association of Journalists said four reporters were held. Lukashenko, speaking in Mogilev, blamed Poland and Lithuania.",
    [
        ["MINSK", "BY", 53.9, 27.5667],
        ["Minsk", "BY", 53.9, 27.5667],
        ["Grodno", "BY", 53.6884, 23.8258],
        ["Mogilev", "BY", 53.9168, 30.3449],
        ["Poland", "PL", None, None],
        ["Lithuania", "LT", None, None],
    ],
)
art(
    "myanmar-mandalay",
    "YANGON, March 3 (Reuters) - Myanmar security forces shot dead at least 38 protesters on Wednesday, most of them in Yangon and Mandalay, the United Nations said. Myanmar Now reported deaths in Monywa, in Sagaing Region.",
    [
        ["YANGON", "MM", 16.8053, 96.1561],
        ["Myanmar", "MM", None, None],
        ["Yangon", "MM", 16.8053, 96.1561],
        ["Mandalay", "MM", 21.9747, 96.0836],
        ["Monywa", "MM", 22.1086, 95.1358],
        ["Sagaing Region", "MM", None, None],
    ],
    ["Myanmar Now"],
)
art(
    "sudan-khartoum",
    "KHARTOUM — Sudanese soldiers fired live rounds at marchers heading to the presidential palace in Khartoum, killing five, the Central Committee of Sudan Doctors said. Crowds also gathered in Omdurman and in Wad Madani, the capital of Gezira state.",
    [
        ["KHARTOUM", "SD", 15.5518, 32.5324],
        ["Khartoum", "SD", 15.5518, 32.5324],
        ["Omdurman", "SD", 15.6445, 32.4777],
        ["Wad Madani", "SD", 14.4012, 33.5199],
        ["Gezira", "SD", None, None],
    ],
    ["Central Committee of Sudan Doctors"],
)
art(
    "kenya-nairobi",
    "NAIROBI, Kenya — Police fired tear gas at protesters in Nairobi's central business district on Tuesday, and the Kenya National Commission on Human Rights said two people were shot dead in Kisumu. Kenya Airways cancelled several flights to Mombasa.",
    [
        ["NAIROBI", "KE", -1.2833, 36.8167],
        ["Kenya", "KE", None, None],
        ["Nairobi", "KE", -1.2833, 36.8167],
        ["Kisumu", "KE", -0.1022, 34.7617],
        ["Mombasa", "KE", -4.0547, 39.6636],
    ],
    ["Kenya National Commission on Human Rights", "Kenya Airways"],
)
art(
    "nigeria-lagos",
    "ABUJA (Reuters) - Nigerian soldiers opened fire on protesters at the Lekki toll gate in Lagos, Amnesty International said, killing at least 12. Protests against police brutality also spread to Abuja, Ibadan and Benin City.",
    [
        ["ABUJA", "NG", 9.0579, 7.4951],
        ["Lekki", "NG", 6.44, 3.47],
        ["Lagos", "NG", 6.4541, 3.3947],
        ["Abuja", "NG", 9.0579, 7.4951],
        ["Ibadan", "NG", 7.3776, 3.9059],
        ["Benin City", "NG", 6.335, 5.6037],
    ],
)
art(
    "bangladesh-dhaka",
    "Bangladeshi police killed at least 32 people on Thursday as students clashed with ruling party activists in Dhaka and Chittagong, The Daily Star reported. Authorities cut mobile internet across Bangladesh.",
    [
        ["Dhaka", "BD", 23.7104, 90.4074],
        ["Chittagong", "BD", 22.3384, 91.8317],
        ["Bangladesh", "BD", None, None],
    ],
)
art(
    "pakistan-lahore",
    "LAHORE, Pakistan — Supporters of the jailed former prime minister set fire to a military commander's house in Lahore, and police said 1,000 people were arrested across Punjab. In Islamabad, the capital, mobile data was suspended.",
    [
        ["LAHORE", "PK", 31.5497, 74.3436],
        ["Pakistan", "PK", None, None],
        ["Lahore", "PK", 31.5497, 74.3436],
        ["Punjab", "PK", None, None],
        ["Islamabad", "PK", 33.7215, 73.0433],
    ],
)
art(
    "tunisia-sfax",
    "TUNIS, Jan 15 (Reuters) - Tunisian police used tear gas against young men in the southern city of Sfax overnight, the Interior Ministry said, as protests over unemployment spread to Kasserine and the capital, Tunis.",
    [
        ["TUNIS", "TN", 36.819, 10.1658],
        ["Sfax", "TN", 34.7406, 10.7603],
        ["Kasserine", "TN", 35.1676, 8.8365],
        ["Tunis", "TN", 36.819, 10.1658],
    ],
)
art(
    "peru-puno",
    "LIMA — Peru's ombudsman said 17 people were killed in clashes with security forces near the airport in Juliaca, in the southern Puno region, on Monday. Protesters also blocked roads in Cusco and Arequipa.",
    [
        ["LIMA", "PE", -12.0432, -77.0282],
        ["Peru", "PE", None, None],
        ["Juliaca", "PE", -15.5, -70.1333],
        ["Puno", "PE", None, None],
        ["Cusco", "PE", -13.5226, -71.9673],
        ["Arequipa", "PE", -16.3989, -71.535],
    ],
)
art(
    "colombia-cali",
    "BOGOTA, May 4 (Reuters) - Colombia's human rights ombudsman said 24 people have died in a week of protests, most of them in Cali, where police fought demonstrators in the Siloé neighbourhood. Bogota and Medellín saw smaller marches.",
    [
        ["BOGOTA", "CO", 4.6097, -74.0817],
        ["Colombia", "CO", None, None],
        ["Cali", "CO", 3.4372, -76.5225],
        ["Siloé", "CO", 3.425, -76.56],
        ["Bogota", "CO", 4.6097, -74.0817],
        ["Medellín", "CO", 6.2518, -75.5636],
    ],
)
art(
    "kazakhstan-almaty",
    "ALMATY (Reuters) - Kazakh troops fired on crowds storming the mayor's office in Almaty, the country's largest city, the Interior Ministry said, and 164 people were killed across Kazakhstan. Unrest began in Zhanaozen, in the western Mangystau region.",
    [
        ["ALMATY", "KZ", 43.25, 76.9167],
        ["Almaty", "KZ", 43.25, 76.9167],
        ["Kazakhstan", "KZ", None, None],
        ["Zhanaozen", "KZ", 43.3412, 52.8619],
        ["Mangystau", "KZ", None, None],
    ],
)
art(
    "serbia-novisad",
    "BELGRADE — Tens of thousands of people marched in Novi Sad on Saturday, months after a railway station canopy collapsed, killing 15. Students walked from Belgrade and Niš to join the rally, the Serbian news agency Beta reported.",
    [
        ["BELGRADE", "RS", 44.804, 20.4651],
        ["Novi Sad", "RS", 45.2517, 19.8369],
        ["Belgrade", "RS", 44.804, 20.4651],
        ["Niš", "RS", 43.3247, 21.9033],
    ],
)
art(
    "portland-oregon",
    "PORTLAND, Ore. — Federal officers used tear gas against protesters outside the immigration building in Portland on Saturday night, and six people were arrested, police said. Oregon's governor criticized the deployment, as did officials in Seattle.",
    [
        ["PORTLAND", "US", 45.5234, -122.6762],
        ["Ore.", "US", None, None],
        ["Portland", "US", 45.5234, -122.6762],
        ["Oregon", "US", None, None],
        ["Seattle", "US", 47.6062, -122.3321],
    ],
)
art(
    "perth-australia",
    "Police in Perth arrested 18 climate activists who glued themselves to a road outside the Western Australia parliament, a spokesperson said on Friday. Activists in Sydney and Melbourne staged solidarity rallies.",
    [
        ["Perth", "AU", -31.9522, 115.8614],
        ["Western Australia", "AU", None, None],
        ["Sydney", "AU", -33.8679, 151.2073],
        ["Melbourne", "AU", -37.814, 144.9633],
    ],
)
art(
    "cuba-santiago",
    "HAVANA — Cuban authorities detained dozens of people after rare street protests over blackouts in Santiago de Cuba and Bayamo, the rights group Cubalex said. The government in Havana blamed Washington for the unrest.",
    [
        ["HAVANA", "CU", 23.133, -82.383],
        ["Santiago de Cuba", "CU", 20.0247, -75.8219],
        ["Bayamo", "CU", 20.3792, -76.6433],
        ["Havana", "CU", 23.133, -82.383],
        ["Washington", "US", 38.8951, -77.0364],
    ],
)
art(
    "drc-goma",
    "KINSHASA, Jan 28 (Reuters) - Protesters attacked the embassies of Rwanda, France and the United States in Kinshasa on Tuesday, angry at the fall of Goma to M23 rebels in the east of the Democratic Republic of Congo. The UN said hundreds had died in fighting around Goma and Bukavu.",
    [
        ["KINSHASA", "CD", -4.3276, 15.3136],
        ["Rwanda", "RW", None, None],
        ["France", "FR", None, None],
        ["United States", "US", None, None],
        ["Kinshasa", "CD", -4.3276, 15.3136],
        ["Goma", "CD", -1.6792, 29.2228],
        ["Democratic Republic of Congo", "CD", None, None],
        ["Bukavu", "CD", -2.5083, 28.8608],
    ],
)
art(
    "nicaragua-masaya",
    "Nicaraguan police and armed civilians killed at least 10 people in Masaya, the Inter-American Commission on Human Rights said. Bishops in Managua called for talks, and students held the National Autonomous University in León.",
    [
        ["Masaya", "NI", 11.9744, -86.0942],
        ["Managua", "NI", 12.1328, -86.2504],
        ["León", "NI", 12.4379, -86.8780],
    ],
)
art(
    "mozambique-pemba",
    "MAPUTO — Police in Mozambique killed at least 30 people in post-election protests, most in Maputo and in Nampula, the Centre for Democracy and Development said. In Pemba, the capital of Cabo Delgado province, shops stayed closed.",
    [
        ["MAPUTO", "MZ", -25.9653, 32.5892],
        ["Mozambique", "MZ", None, None],
        ["Maputo", "MZ", -25.9653, 32.5892],
        ["Nampula", "MZ", -15.1165, 39.2666],
        ["Pemba", "MZ", -12.974, 40.5178],
        ["Cabo Delgado", "MZ", None, None],
    ],
)
art(
    "iraq-nasiriyah",
    "BAGHDAD (AP) — Iraqi security forces killed 25 protesters in the southern city of Nasiriyah, medical officials said, a day after demonstrators burned the Iranian consulate in Najaf. Protesters in Baghdad's Tahrir Square mourned the dead.",
    [
        ["BAGHDAD", "IQ", 33.3406, 44.4009],
        ["Nasiriyah", "IQ", 31.058, 46.2573],
        ["Najaf", "IQ", 32.0259, 44.3462],
        ["Baghdad", "IQ", 33.3406, 44.4009],
        ["Tahrir Square", "IQ", 33.33, 44.42],
    ],
)
art(
    "hongkong",
    "HONG KONG (Reuters) - Hong Kong police arrested 53 people in Mong Kok and Causeway Bay on Sunday, the force said, as protesters defied a ban on masks. Beijing's liaison office condemned the violence.",
    [
        ["HONG KONG", "HK", 22.2783, 114.1747],
        ["Hong Kong", "HK", 22.2783, 114.1747],
        ["Mong Kok", "HK", 22.3193, 114.1694],
        ["Causeway Bay", "HK", 22.2802, 114.1841],
        ["Beijing", "CN", 39.9075, 116.3972],
    ],
)

for a in A:
    for p in a["places"]:
        assert p[0] in a["text"], (a["id"], p[0])
    for n in a["not_places"]:
        assert n in a["text"], (a["id"], n)

here = Path(__file__).parent
work, held = [], []
for a in A:
    (held if int(hashlib.sha1(a["id"].encode()).hexdigest(), 16) % 3 == 0 else work).append(a)
for name, items in (("work", work), ("held", held)):
    with open(here / f"{name}.jsonl", "w") as f:
        for a in items:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A), "articles:", len(work), "work,", len(held), "held")
