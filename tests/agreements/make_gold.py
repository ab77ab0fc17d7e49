#!/usr/bin/env python3
"""Writes gold.jsonl: the project's own sentences (EN, NL) about agreements,
each document with the agreements a careful reader finds in it: kind,
parties (principals: ISO alpha-3 or the organisation's short name) and
topics (docs/AGREEMENTS.md). Edit the list below, then run this script."""
import json, os

D = []
def doc(lang, text, *agreements):
    D.append({"id": f"{lang}{len(D):03d}", "lang": lang, "text": text,
              "agreements": [{"kind": k, "parties": sorted(p), "topics": sorted(t)} for k, p, t in agreements]})

# ---- English ----
doc("en", "Kenya and Ethiopia signed a memorandum of understanding on border security in Nairobi on Tuesday.",
    ("mou", ["KEN", "ETH"], ["border_security"]))
doc("en", "The Dutch and Moroccan governments today signed a declaration of intent to counter violent extremism. The declaration will focus on information sharing and training of imams.",
    ("declaration_of_intent", ["NLD", "MAR"], ["violent_extremism", "intelligence_sharing", "capacity_building"]))
doc("en", "Germany and France concluded a treaty on defence cooperation in Aachen.",
    ("treaty", ["DEU", "FRA"], ["military"]))
doc("en", "Norway signed an agreement with Somalia on development aid worth 40 million dollars.",
    ("agreement", ["NOR", "SOM"], ["development"]))
doc("en", "The United States and Mexico signed a joint declaration on migration and border management.",
    ("joint_declaration", ["USA", "MEX"], ["migration", "border_security"]))
doc("en", "Spain and Morocco adopted an action plan against human trafficking and irregular migration.",
    ("action_plan", ["ESP", "MAR"], ["police_judicial", "migration"]))
doc("en", "Belgium and the Netherlands signed a new extradition treaty in Brussels. The treaty also covers mutual legal assistance in criminal matters.",
    ("treaty", ["BEL", "NLD"], ["police_judicial"]))
doc("en", "Japan and India signed a memorandum of understanding on cyber security.",
    ("mou", ["JPN", "IND"], ["cyber"]))
doc("en", "The European Union and Tunisia signed a memorandum of understanding on migration, energy and trade.",
    ("mou", ["EU", "TUN"], ["migration", "energy", "trade_investment"]))
doc("en", "Kenya and the United Kingdom signed a defence cooperation agreement on Monday. The pact covers training of Kenyan troops and the fight against terrorism.",
    ("agreement", ["KEN", "GBR"], ["military", "capacity_building", "counter_terrorism"]))
doc("en", "Sweden and Finland signed a letter of intent on maritime security in the Baltic.",
    ("letter_of_intent", ["SWE", "FIN"], ["maritime"]))
doc("en", "Colombia signed a peace agreement with the FARC in Havana.",
    ("peace_agreement", ["COL", "FARC"], ["peace_security"]))
doc("en", "Russia and Ukraine agreed a ceasefire on Friday.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"]))
doc("en", "Indonesia and Australia signed a strategic partnership on counter-terrorism and maritime security.",
    ("partnership", ["IDN", "AUS"], ["counter_terrorism", "maritime"]))
doc("en", "Canada and South Korea signed a free trade agreement after years of talks.",
    ("agreement", ["CAN", "KOR"], ["trade_investment"]))
doc("en", "Nigeria and Niger signed a memorandum of understanding on intelligence sharing against Boko Haram.",
    ("mou", ["NGA", "NER"], ["intelligence_sharing", "counter_terrorism"]))
doc("en", "Turkey and the European Union agreed a roadmap on visa liberalisation and the return of migrants.",
    ("roadmap", ["TUR", "EU"], ["migration"]))
doc("en", "Egypt and Saudi Arabia signed an agreement on investment and energy in Cairo.",
    ("agreement", ["EGY", "SAU"], ["trade_investment", "energy"]))
doc("en", "Ghana and Denmark signed a memorandum of understanding on health and education.",
    ("mou", ["GHA", "DNK"], ["health", "education"]))
doc("en", "The foreign ministers of Jordan and Iraq signed a protocol on terrorist financing and money laundering.",
    ("protocol", ["JOR", "IRQ"], ["terrorist_financing"]))
doc("en", "France and Mali signed a defence agreement. The agreement allows French troops to train the Malian army.",
    ("agreement", ["FRA", "MLI"], ["military", "capacity_building"]))
doc("en", "Italy and Libya signed a memorandum of understanding on migration and the training of the Libyan coast guard.",
    ("mou", ["ITA", "LBY"], ["migration", "capacity_building", "border_security"]))
doc("en", "The Netherlands and Kenya signed an agreement on cultural heritage.",
    ("agreement", ["NLD", "KEN"], ["culture"]))
doc("en", "Pakistan and Afghanistan did not sign the proposed border agreement.")
doc("en", "Talks between Israel and Lebanon on a maritime agreement continued on Wednesday.")
doc("en", "Somalia and Uganda signed a memorandum of understanding on police cooperation and training.",
    ("mou", ["SOM", "UGA"], ["police_judicial", "capacity_building"]))
doc("en", "Brazil and China signed a trade deal worth ten billion dollars.",
    ("agreement", ["BRA", "CHN"], ["trade_investment"]))
doc("en", "Tanzania and Rwanda signed a memorandum of understanding on transport and energy.",
    ("mou", ["TZA", "RWA"], ["transport", "energy"]))
doc("en", "Poland and Ukraine signed a joint statement on security and defence cooperation.",
    ("joint_declaration", ["POL", "UKR"], ["military"]))
doc("en", "The United Nations and Somalia signed a partnership agreement on humanitarian relief.",
    ("partnership", ["UN", "SOM"], ["humanitarian"]))
doc("en", "Germany and Jordan signed a declaration of intent on water and climate cooperation.",
    ("declaration_of_intent", ["DEU", "JOR"], ["environment"]))
doc("en", "Ethiopia and Eritrea signed a peace accord in Riyadh.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"]))
doc("en", "The Philippines and Malaysia signed an agreement on maritime patrols against piracy.",
    ("agreement", ["PHL", "MYS"], ["maritime"]))
doc("en", "Austria and Switzerland signed a treaty on police cooperation.",
    ("treaty", ["AUT", "CHE"], ["police_judicial"]))
doc("en", "Senegal and Mauritania signed a fisheries agreement.",
    ("agreement", ["SEN", "MRT"], ["agriculture"]))
doc("en", "The Kenyan and Somali governments signed a memorandum of understanding on foreign fighters and the rehabilitation of returnees.",
    ("mou", ["KEN", "SOM"], ["foreign_fighters", "violent_extremism"]))
doc("en", "Iran and Iraq signed an agreement on electricity supplies. Separately, Iraq and Jordan signed a memorandum of understanding on an oil pipeline.",
    ("agreement", ["IRN", "IRQ"], ["energy"]), ("mou", ["IRQ", "JOR"], ["energy"]))
doc("en", "Denmark and Norway signed a memorandum of understanding on research and innovation.",
    ("mou", ["DNK", "NOR"], ["science_technology"]))
doc("en", "NATO and Finland signed an agreement on cyber defence.",
    ("agreement", ["NATO", "FIN"], ["cyber", "military"]))
doc("en", "The governments of Sudan and South Sudan signed an agreement on oil and border security.",
    ("agreement", ["SDN", "SSD"], ["energy", "border_security"]))
doc("en", "Belgium and Morocco signed a memorandum of understanding on the exchange of information on terrorism.",
    ("mou", ["BEL", "MAR"], ["intelligence_sharing", "counter_terrorism"]))
doc("en", "India and Bangladesh signed a treaty on water sharing.",
    ("treaty", ["IND", "BGD"], ["environment"]))
doc("en", "Egypt and Israel signed a gas deal worth 15 billion dollars.",
    ("agreement", ["EGY", "ISR"], ["energy"]))
doc("en", "Chile and Argentina signed a memorandum of understanding on education and student exchanges.",
    ("mou", ["CHL", "ARG"], ["education"]))
doc("en", "Greece and Cyprus signed an action plan on tourism and culture.",
    ("action_plan", ["GRC", "CYP"], ["culture"]))
doc("en", "Nigeria and Ghana signed an agreement on trade and customs.",
    ("agreement", ["NGA", "GHA"], ["trade_investment"]))
doc("en", "Morocco and Mauritania refused to sign the fisheries accord.")

# ---- Dutch ----
doc("nl", "Nederland en Marokko hebben een intentieverklaring ondertekend over de bestrijding van terrorisme.",
    ("declaration_of_intent", ["NLD", "MAR"], ["counter_terrorism"]))
doc("nl", "België en Nederland sloten een verdrag over politiesamenwerking.",
    ("treaty", ["BEL", "NLD"], ["police_judicial"]))
doc("nl", "Duitsland en Frankrijk ondertekenden dinsdag een verdrag over defensie.",
    ("treaty", ["DEU", "FRA"], ["military"]))
doc("nl", "Kenia en Nederland hebben een memorandum van overeenstemming getekend over handel en investeringen.",
    ("mou", ["KEN", "NLD"], ["trade_investment"]))
doc("nl", "Spanje en Marokko sloten een akkoord over migratie.",
    ("agreement", ["ESP", "MAR"], ["migration"]))
doc("nl", "Noorwegen en Somalië ondertekenden een overeenkomst over ontwikkelingssamenwerking.",
    ("agreement", ["NOR", "SOM"], ["development"]))
doc("nl", "Italië en Libië tekenden een memorandum van overeenstemming over migratie en de opleiding van de kustwacht.",
    ("mou", ["ITA", "LBY"], ["migration", "capacity_building", "border_security"]))
doc("nl", "Rusland en Oekraïne sloten een wapenstilstand.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"]))
doc("nl", "Nederland en Duitsland ondertekenden een gezamenlijke verklaring over energie en klimaat.",
    ("joint_declaration", ["NLD", "DEU"], ["energy", "environment"]))
doc("nl", "Turkije en de Europese Unie bereikten een akkoord over de terugkeer van migranten.",
    ("agreement", ["TUR", "EU"], ["migration"]))
doc("nl", "België en Marokko hebben een samenwerkingsovereenkomst gesloten over de uitwisseling van informatie over terroristen.",
    ("agreement", ["BEL", "MAR"], ["intelligence_sharing", "counter_terrorism"]))
doc("nl", "Nederland en Kenia ondertekenden een intentieverklaring over de preventie van gewelddadig extremisme. De verklaring richt zich op deradicalisering en training.",
    ("declaration_of_intent", ["NLD", "KEN"], ["violent_extremism", "capacity_building"]))
doc("nl", "Frankrijk en Mali ondertekenden een defensieakkoord.",
    ("agreement", ["FRA", "MLI"], ["military"]))
doc("nl", "Japan en India tekenden een memorandum van overeenstemming over cyberveiligheid.",
    ("mou", ["JPN", "IND"], ["cyber"]))
doc("nl", "Canada en Zuid-Korea sloten een vrijhandelsakkoord.",
    ("agreement", ["CAN", "KOR"], ["trade_investment"]))
doc("nl", "Nigeria en Niger ondertekenden een memorandum van overeenstemming over het delen van inlichtingen.",
    ("mou", ["NGA", "NER"], ["intelligence_sharing"]))
doc("nl", "Egypte en Saoedi-Arabië sloten een akkoord over energie.",
    ("agreement", ["EGY", "SAU"], ["energy"]))
doc("nl", "Ethiopië en Eritrea ondertekenden een vredesakkoord.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"]))
doc("nl", "Oostenrijk en Zwitserland sloten een verdrag over de uitlevering van verdachten.",
    ("treaty", ["AUT", "CHE"], ["police_judicial"]))
doc("nl", "Denemarken en Noorwegen ondertekenden een memorandum van overeenstemming over onderzoek en innovatie.",
    ("mou", ["DNK", "NOR"], ["science_technology"]))
doc("nl", "Ghana en Denemarken tekenden een overeenkomst over gezondheidszorg en onderwijs.",
    ("agreement", ["GHA", "DNK"], ["health", "education"]))
doc("nl", "Polen en Oekraïne ondertekenden een actieplan over grensbewaking.",
    ("action_plan", ["POL", "UKR"], ["border_security"]))
doc("nl", "De Verenigde Staten en Mexico ondertekenden een gezamenlijke verklaring over migratie.",
    ("joint_declaration", ["USA", "MEX"], ["migration"]))
doc("nl", "Somalië en Oeganda sloten een akkoord over politiesamenwerking en training.",
    ("agreement", ["SOM", "UGA"], ["police_judicial", "capacity_building"]))
doc("nl", "Pakistan en Afghanistan hebben het grensakkoord niet ondertekend.")
doc("nl", "Indonesië en Australië sloten een strategisch partnerschap over terrorismebestrijding.",
    ("partnership", ["IDN", "AUS"], ["counter_terrorism"]))

# ---- Longer texts: headlines, signatories, later sentences about the same agreement ----
doc("en", "Kenya and Denmark sign police training pact\n\nNAIROBI, 4 May 2021 - Kenya and Denmark on Tuesday signed an agreement on police training and the fight against organised crime. The agreement was signed by Interior Cabinet Secretary Fred Matiang'i and the Danish ambassador. It will run for three years.",
    ("agreement", ["KEN", "DNK"], ["capacity_building", "police_judicial"]))
doc("en", "The Netherlands and Jordan signed a memorandum of understanding in Amman on Monday. The memorandum covers border management, the return of foreign terrorist fighters and the exchange of intelligence.",
    ("mou", ["NLD", "JOR"], ["border_security", "foreign_fighters", "intelligence_sharing"]))
doc("en", "Ghana signed a maritime security agreement with the European Union on Thursday. Under the deal the EU will train Ghanaian naval officers.",
    ("agreement", ["GHA", "EU"], ["maritime", "capacity_building", "military"]))
doc("en", "The mayors of Rotterdam and Mombasa signed a memorandum of understanding on youth exchanges and the prevention of radicalisation.",
    ("mou", ["NLD", "KEN"], ["education", "violent_extremism"]))
doc("en", "France and Germany adopted a joint declaration on climate. Two days later, France signed a defence treaty with Italy.",
    ("joint_declaration", ["FRA", "DEU"], ["environment"]), ("treaty", ["FRA", "ITA"], ["military"]))
doc("en", "Ministers from Somalia and Ethiopia discussed a possible security pact but did not reach an agreement.")
doc("en", "The United Kingdom and Norway signed a memorandum of understanding on energy. The two countries also agreed to exchange information on offshore wind research.",
    ("mou", ["GBR", "NOR"], ["energy", "science_technology", "intelligence_sharing"]))
doc("en", "Uganda and Tanzania concluded an agreement on the oil pipeline between the two countries.",
    ("agreement", ["UGA", "TZA"], ["energy"]))
doc("en", "President Emmanuel Macron and President Joko Widodo signed a strategic partnership between France and Indonesia on defence and education.",
    ("partnership", ["FRA", "IDN"], ["military", "education"]))
doc("nl", "Nederland en België ondertekenen verdrag over grensbewaking\n\nNederland en België hebben maandag in Brussel een verdrag ondertekend over de bewaking van de gezamenlijke grens. Het verdrag werd ondertekend door de ministers van Binnenlandse Zaken van beide landen.",
    ("treaty", ["NLD", "BEL"], ["border_security"]))
doc("nl", "Marokko en Spanje hebben een memorandum van overeenstemming getekend. Het memorandum gaat over terugkeer van migranten en de opleiding van grenswachten.",
    ("mou", ["MAR", "ESP"], ["migration", "capacity_building", "border_security"]))
doc("nl", "Kenia heeft met Nederland een overeenkomst gesloten over de bestrijding van terrorisme.",
    ("agreement", ["KEN", "NLD"], ["counter_terrorism"]))
doc("nl", "De ministers van Duitsland en Polen spraken over een nieuw verdrag, maar een akkoord bleef uit.")
doc("nl", "Frankrijk en Italië sloten een akkoord over migratie. Later die week ondertekenden Duitsland en Oostenrijk een verdrag over politiesamenwerking.",
    ("agreement", ["FRA", "ITA"], ["migration"]), ("treaty", ["DEU", "AUT"], ["police_judicial"]))
doc("nl", "De Europese Unie en Egypte hebben een partnerschap gesloten over energie en migratie.",
    ("partnership", ["EU", "EGY"], ["energy", "migration"]))
doc("nl", "Noorwegen en Kenia ondertekenden een intentieverklaring over onderwijs en gezondheidszorg.",
    ("declaration_of_intent", ["NOR", "KEN"], ["education", "health"]))

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["agreements"]) for d in D)
    print(f"{len(D)} documents, {n} agreements")
