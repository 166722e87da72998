{
 "title": "The Long Road North",
 "notes": ["Silent first-person narrator switches after ~*~ breaks: Pell, Juniper, Pell, Juniper. A character known almost only by her title (\"the Captain\"; her name appears once). Scare quotes that are not speech (\"road tax\", \"negotiations\"). Adversary. Pell's sister is only mentioned."],
 "characters": [
  ["pell", "Pell", ["Pell"], "he/him"],
  ["juniper", "Juniper", ["Juniper", "June"], "she/her"],
  ["captain", "Isolde Varga", ["the Captain", "Captain", "Captain Varga", "Isolde Varga"], "she/her"],
  ["corvin", "Corvin Ash", ["Corvin", "Corvin Ash"], "he/him"],
  ["linnet", "Linnet", ["Linnet"], "she/her"]
 ],
 "relationships": [
  ["pell", "juniper", "platonic"],
  ["pell", "captain", "platonic"],
  ["juniper", "captain", "platonic"],
  ["captain", "corvin", "adversarial"],
  ["pell", "linnet", "family"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["Graphic Depictions Of Violence"], "categories": ["Gen"],
  "relationships": ["Juniper & Pell", "Isolde Varga & Pell", "Isolde Varga & Juniper"],
  "characters": ["Pell", "Juniper", "Isolde Varga", "Corvin Ash", "Linnet"],
  "pov": ["First Person POV", "Alternating POV"], "additional": ["Fantasy", "Road Trip", "Found Family", "Bandits"]}
}
---TEXT---
@@ first pell
The Long Road North

The Captain does not like to be called by her name. I learned that on my first day as her squire, when I called her Captain Varga and she looked at me the way you look at a horse that has stepped on your foot.

[captain>pell]"Captain," she said. [captain>pell]"Just Captain. Names are for people who plan to retire."

So she is the Captain, and I am Pell, and the mage who rides at the back of the column is Juniper, and none of us has retired yet.

We were nine days out from Harrowgate when the road narrowed between two hills and a man stepped out of the bracken with his arms spread wide, as if he were welcoming us to his house.

[corvin>captain]"Corvin Ash," he said, and bowed. [corvin>captain]"I collect the road tax on this stretch."

There is no "road tax" on the north road. There is a man with forty friends in the bracken.

The Captain didn't draw. She leaned on her saddle horn. [captain>corvin]"How much?"

[corvin>captain]"For a company your size? Everything you're carrying, and the girl."

He meant Juniper. I felt her go very still behind me, the way the air goes still before a storm.

@@ first juniper
~*~

I have been called "the girl" by better men than Corvin Ash, and most of them are now a different shape.

[captain>juniper]"June," the Captain said, without turning her head. [captain>juniper]"Would you like to answer the gentleman?"

[juniper>captain]"Not especially, Captain."

[captain>juniper]"Humour me."

So I lit the bracken. Not all of it. Just the parts where his friends were lying, in a neat line, the way you'd trim a hedge. They came out yelling and slapping at their sleeves, and the Captain's riders took them one by one while Corvin stood in the road with his mouth open.

[corvin>juniper]"You're a witch," he said.

[juniper>corvin]"I'm a licensed practitioner of the Ninth College," I told him. [juniper>corvin]"The witches charge more."

He ran. They always run. The Captain let him go, which I didn't understand until that night, when she sat down beside me at the fire with two cups of something that burned.

[captain>juniper]"A man who runs tells the next man," she said. [captain>juniper]"By Thursday every cutthroat between here and the pass will know we have you. Nobody will touch us."

[juniper>captain]"You used me as a scarecrow."

[captain>juniper]"I used you as a reputation. It's a promotion." She knocked her cup against mine. [captain>juniper]"Well done, Juniper."

@@ first pell
~*~

June didn't sleep that night. I know because I didn't either; I kept seeing the line of fire, neat as a hedge.

[pell>juniper]"Can I ask you something?" I said, when the others were snoring.

[juniper>pell]"You're going to anyway."

[pell>juniper]"Does it hurt? Doing that?"

She was quiet so long I thought she wouldn't answer. [juniper>pell]"Every time," she said. [juniper>pell]"Like putting your hand on a stove on purpose. The College says you get used to it."

[pell>juniper]"Do you?"

[juniper>pell]"No."

I thought of my sister Linnet, who burned her hand on our mother's stove when she was six and never once cried, and who cried for a week when the cat died. I told Juniper about her. I don't know why. It seemed like the kind of thing you say at a fire at two in the morning.

[juniper>pell]"She sounds like the Captain," Juniper said.

[pell>juniper]"She'd like that. Don't tell her."

@@ first juniper
~*~

We reached the pass nine days later. Nobody touched us, just as the Captain had said. I have been thinking about Pell's sister ever since, the girl who doesn't cry at stoves.

The Captain stopped her horse at the top and looked north for a long time, toward the country none of us had seen.

[pell>captain]"Captain?" Pell said. [pell>captain]"Are we going on?"

[captain>pell]"We are always going on, squire." Then, to my surprise, she smiled. [captain>pell]"But we'll stop for the view first. Isolde Varga doesn't get many views."

It was the only time I ever heard her say her own name. Pell looked at me, and I looked at him, and neither of us said a word about it, all the long road down.
