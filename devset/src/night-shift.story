{
 "title": "Night Shift",
 "notes": ["Silent first-person narrator switches after *** scene breaks (no headers): Rose, Will, Rose, Will. The narrator of each part is known only from context and vocatives. Thoughts in _underscores_. F/M slow burn ending in a first date. 'Rose' and 'Will' are also common words (\"the sun rose\", \"I will\")."],
 "characters": [
  ["rose", "Rose Delacroix", ["Rose", "Delacroix"], "she/her"],
  ["will", "Will Okafor", ["Will", "Okafor"], "he/him"],
  ["bell", "Sister Bell", ["Sister Bell", "Bell"], "she/her"],
  ["danny", "Danny", ["Danny"], "he/him"]
 ],
 "relationships": [
  ["rose", "will", "romantic", {"status_at_end": "together", "stages": ["first date"]}],
  ["rose", "bell", "platonic"],
  ["will", "danny", "platonic"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Rose Delacroix/Will Okafor", "Danny & Will Okafor"],
  "characters": ["Rose Delacroix", "Will Okafor", "Sister Bell", "Danny"],
  "pov": ["First Person POV", "Alternating POV"], "additional": ["Hospitals", "Night Shifts", "Slow Burn", "First Date"]}
}
---TEXT---
@@ first rose
Night Shift

The ambulance bay doors open at three in the morning with a sound like a held breath let go, and I have learned to hate it.

Tonight it was a boy with a bike-shaped bruise and a paramedic with a lot of opinions about bike lanes.

[will>rose]"Fourteen, came off at the roundabout, helmet on, thank God," the paramedic said, wheeling him in. He was tall and tired and had a cartoon plaster on his own thumb. [will>rose]"Obs are stable. He's mostly angry about the bike."

[rose>will]"Aren't we all," I said. [rose>will]"Bay four."

He grinned at me over the trolley, and I thought, _oh no_, because I know that kind of grin, and I know what it does to my concentration at three in the morning.

Sister Bell caught me looking as he left. [bell>rose]"Will Okafor," she said, without being asked. [bell>rose]"Comes in most Thursdays. Brings biscuits for the desk. Don't let him near the good mugs."

[rose>bell]"I wasn't going to let him near anything."

[bell>rose]"Course you weren't, Rose."

@@ first will
***

She's new. I know she's new because she put the boy in bay four, and bay four's monitor has been broken since Easter, and everyone who's been there longer than a month knows it.

[danny>will]"You're staring at the doors," Danny said when I got back to the rig. He was eating crisps in the driver's seat. He is always eating crisps in the driver's seat. [danny>will]"Don't tell me. The new nurse."

[will>danny]"Delacroix, her badge says. Rose Delacroix. She told me bay four like it was a done deal."

[danny>will]"And?"

[will>danny]"And the monitor's broken."

[danny>will]"Mate, you're going to have to explain why that's romantic."

I couldn't. It wasn't. It was just that she had said it so certainly, as if the whole building were hers to arrange, and I had wanted, for one stupid second, to be arranged.

We took two more jobs before dawn. On the last one I bought a packet of biscuits from the garage on the ring road. Custard creams. Sister Bell likes custard creams.

@@ first rose
***

At six he came back without a patient.

[will>rose]"Peace offering," Will said, and put a packet of biscuits on the desk. [will>rose]"For the monitor in four. Somebody should've warned you."

[rose>will]"Somebody did. About twenty minutes after."

[will>rose]"Was it Bell?"

[rose>will]"It was Bell." I took a custard cream. [rose>will]"She also warned me about you."

He put a hand on his chest. [will>rose]"What did she say?"

[rose>will]"That you bring biscuits. That you're not allowed near the good mugs."

[will>rose]"That's fair, honestly. I broke two."

The sun rose over the car park while we stood there, orange and ugly through the wired glass. Everyone on nights knows that light; it means you have made it through again.

[will>rose]"I finish at seven," he said. [will>rose]"There's a café by the station that does eggs. If you—I mean, if you eat eggs. Some people don't."

[rose>will]"I eat eggs, Will."

@@ first will
***

She ate my toast as well as her eggs, and I let her.

[rose>will]"Tell me something true," Rose said, with her elbows on the sticky table. [rose>will]"Not a bike-lane opinion. Something real."

[will>rose]"I nearly didn't come back in with the biscuits."

[rose>will]"Why not?"

[will>rose]"Because you looked like you'd already decided about me."

She thought about it. She has a way of thinking about things that you can watch happen, like weather. [rose>will]"I had," she said. [rose>will]"I'd decided you were trouble."

[will>rose]"And now?"

[rose>will]"Now I've decided you owe me a second breakfast, Okafor." She stood and pulled her coat on. [rose>will]"Thursday. I will hold you to it."
