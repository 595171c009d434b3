"""The US states' names and their abbreviations as papers write them (AP style and postal): one
table for the sentence splitter ("Topeka, Kan. Police said" is one sentence) and the namesake
reading ("Austin, Minn." is not the pack's Austin, Texas)."""

from __future__ import annotations

STATE_ABBREVIATIONS = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR", "California": "Calif. CA",
    "Colorado": "Colo. CO", "Connecticut": "Conn. CT", "Delaware": "Del. DE", "Florida": "Fla. FL",
    "Georgia": "Ga. GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA",
    "Kansas": "Kan. Kans. KS", "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME", "Maryland": "Md. MD",
    "Massachusetts": "Mass. MA", "Michigan": "Mich. MI", "Minnesota": "Minn. MN", "Mississippi": "Miss. MS",
    "Missouri": "Mo. MO", "Montana": "Mont. MT", "Nebraska": "Neb. Nebr. NE", "Nevada": "Nev. NV",
    "New Hampshire": "N.H. NH", "New Jersey": "N.J. NJ", "New Mexico": "N.M. NM", "New York": "N.Y. NY",
    "North Carolina": "N.C. NC", "North Dakota": "N.D. ND", "Ohio": "OH", "Oklahoma": "Okla. OK",
    "Oregon": "Ore. Oreg. OR", "Pennsylvania": "Pa. PA", "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC",
    "South Dakota": "S.D. SD", "Tennessee": "Tenn. TN", "Texas": "Tex. TX", "Utah": "UT", "Vermont": "Vt. VT",
    "Virginia": "Va. VA", "Washington": "Wash. WA", "West Virginia": "W.Va. W.V. WV", "Wisconsin": "Wis. Wisc. WI",
    "Wyoming": "Wyo. WY"}
STATE_OF = {a: name for name, words in STATE_ABBREVIATIONS.items() for a in [name, *words.split()]}
# the abbreviations written with a period, lower case without their last period, as the splitter
# compares a sentence's last word ("minn", "n.y")
WITH_PERIOD = frozenset(a.lower()[:-1] for words in STATE_ABBREVIATIONS.values() for a in words.split() if a.endswith("."))
