{
 "title": "Relief Keeper",
 "notes": ["Held back for relationships (issue #6). Third person. M/M slow burn between two lighthouse keepers, mostly implied (longing, a dialogue confession with no 'love', a kiss with pronoun subject/object late on). Hal's past marriage remembered (past). Ewan's sister on the radio (family). A district inspector who bullies Hal (adversarial)."],
 "characters": [
  ["ewan", "Ewan Roberts", ["Ewan", "Roberts"], "he/him"],
  ["hal", "Hal Mercer", ["Hal", "Mercer"], "he/him"],
  ["morag", "Morag", ["Morag"], "she/her"],
  ["marion", "Marion", ["Marion"], "she/her"],
  ["inspector", "Inspector Dunlop", ["Dunlop"], "he/him"]
 ],
 "relationships": [
  ["ewan", "hal", "romantic", {"status_at_end": "together", "stages": ["first meeting", "confession", "first kiss"]}],
  ["hal", "marion", "romantic", {"status_at_end": "past"}],
  ["ewan", "morag", "family"],
  ["hal", "inspector", "adversarial"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["M/M"],
  "relationships": ["Hal Mercer/Ewan Roberts", "Hal Mercer/Marion", "Ewan Roberts & Morag"],
  "characters": ["Ewan Roberts", "Hal Mercer", "Morag", "Marion", "Inspector Dunlop"],
  "pov": ["Third Person POV"], "additional": ["Lighthouses", "Slow Burn", "Isolation", "Past Relationship"]}
}
---TEXT---
@@ third
Relief Keeper

The boat put Ewan Roberts ashore on Skerrow Rock in October with two kitbags, a crate of tinned peaches and a letter of appointment that the principal keeper read twice and then used to light the stove.

[hal>ewan]"Hal Mercer," the keeper said, holding out a hand like a shovel. [hal>ewan]"You'll want to know the rules. There's one. Don't touch my wireless."

[ewan>hal]"Understood."

[hal>ewan]"And the peaches are shared. That's the other one."

They kept the light in shifts, four on and four off, and for a month they mostly passed each other on the spiral stair like two trains on one line. Ewan learned that Hal sang to the lamp when he polished it, badly, always the same three hymns. He learned that Hal had been married once, to a schoolteacher called Marion, years ago on the mainland; there was a photograph of her in the drawer with the spare wicks, face down.

[hal>ewan]"She wanted a man who came home at night," Hal said, the one time Ewan asked. [hal>ewan]"Fair enough. We'd loved each other, once. It wasn't enough for either of us."

In November the relief boat brought Inspector Dunlop, who ran a white glove along the lens brass and found nothing and said so as if it were a fault.

[inspector>hal]"You've gone soft out here, Mercer," Dunlop said. [inspector>hal]"I could have you transferred to a buoy tender by Christmas, and I might."

Hal said nothing. Afterwards, when the boat had gone, he stood at the gallery rail for an hour in the wind, and Ewan brought him a mug of tea and stood beside him and didn't say anything either, and at some point their shoulders were touching and neither of them moved away.

Ewan's sister came on the radio every Sunday at six.

[morag>ewan]"You sound different," Morag said, through a hiss of static. [morag>ewan]"You sound happy. Is it the sea air or is it this keeper of yours?"

[ewan>morag]"He's not mine."

[morag>ewan]"Ewan, I've known you thirty years. You've said his name eleven times since I came on."

He turned the set off early. When he came back up the stair Hal was at the table pretending to mend a net, and Ewan could not tell, from the back of his neck, whether he had heard.

The storm came in December and stayed three days. The lamp had to be wound by hand every two hours, and they took it in turns, and then they stopped taking it in turns and sat together on the top step of the lamp room with a blanket over both their knees, because it was warmer and because neither of them wanted to be downstairs alone.

[ewan>hal]"Dunlop's letter came," Ewan said, on the second night. [ewan>hal]"Before the storm. They've offered me a transfer. A proper station, on the mainland. A house."

Hal was quiet for so long that Ewan thought he had fallen asleep.

[hal>ewan]"Are you going to take it?"

[ewan>hal]"No," Ewan said. [ewan>hal]"I'd rather be cold on this rock with you than warm anywhere else. I think I've been trying to tell you that since the peaches."

The wind hammered the glass. The great lens turned above them, throwing its light out into the dark, and back, and out.

It was Hal who kissed him, in the end, clumsy and cold-nosed, with one hand still on the winding handle because the light could not be left. Then he rested his forehead against Ewan's and laughed, a little helplessly, and said that Marion had always told him he was slow.

In the morning the sea was flat and grey and ordinary. Hal fried the last of the bread, and cut the last tin of peaches in two, and slid the bigger half across the table without a word.
