{
 "title": "The Orchard Letters",
 "notes": ["Silent first-person narrator switches after ~~~ breaks with no headers: Mara (named by vocatives), then a letter written by Hollis to Mara (opens 'Dear Mara,', signed '— Hollis' at the end, full of 'you'), then Mara again (no vocative: only continuity and Hollis in the third person), then Hollis again (named only by Mara's vocative near the end). Mara's grandfather is 'Grandad' / Ephraim Lusk. Written for ficlens (issue #5) before the narration change that it measures."],
 "characters": [
  ["mara", "Mara Lusk", ["Mara"], "she/her"],
  ["hollis", "Hollis Brand", ["Hollis"], "he/him"],
  ["ephraim", "Ephraim Lusk", ["Ephraim", "Grandad"], "he/him"],
  ["pim", "Pim", ["Pim"], "she/her"]
 ],
 "relationships": [
  ["mara", "hollis", "romantic", {"status_at_end": "together", "stages": ["friends", "separation", "reunion"]}],
  ["mara", "ephraim", "family"],
  ["hollis", "ephraim", "platonic"],
  ["mara", "pim", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Mara Lusk/Hollis Brand"],
  "characters": ["Mara Lusk", "Hollis Brand", "Ephraim Lusk", "Pim"],
  "pov": ["First Person POV", "Alternating POV", "Epistolary"], "additional": ["Orchards", "Letters", "Long-Distance Relationship", "Reunions"]}
}
---TEXT---
@@ first mara
The Orchard Letters

Hollis Brand left on the last day of the apple harvest, which was either very bad timing or very good, depending on whether you were the one holding the ladder.

[hollis>mara]"It's nine months," he said, at the bottom of it. [hollis>mara]"Mara. Nine months, and the course is paid for, and they don't take anyone twice."

[mara>hollis]"I know what nine months is."

[hollis>mara]"You're angry."

[mara>hollis]"I'm holding a ladder."

Grandad watched all of this from the porch with his pipe, which he does not light any more, and said nothing at all, loudly. When Hollis had gone down the lane with his one bag I came and sat on the step below him.

[ephraim>mara]"He'll write," Grandad said.

[mara>ephraim]"He can't spell."

[ephraim>mara]"Then it'll be worth reading, Mara love. Go and put the ladder away."

@@ first hollis
~~~

Dear Mara,

The city is loud and nobody here knows what a russet is. I asked in a shop and the man sold me a brown pear out of spite.

The course is hard. I am the oldest in my year by six years and the only one who has ever pruned anything. On Thursdays we graft in the glasshouse and I am good at it, which surprises everybody but you.

You were right that I would hate the room. You were wrong that I would come home at Christmas. I'm staying, because if I come home I won't go back, and you'd never forgive me for that either.

Tell your grandad the blossom on the east row wants thinning in April. Tell Pim she still owes me a pound. Tell yourself whatever you like.

I think about the ladder more than I should.

— Hollis

@@ first mara
~~~

The letter came on a Tuesday, addressed to Miss Mara Lusk in capitals an inch high, as if it might otherwise get lost, and I read it in the packing shed with my back against the crates, twice, and then once more to check the spelling, which was terrible.

Pim found me there. She had come to borrow the van and stayed to be nosy, which is her gift.

[pim>mara]"Is that from him?"

[mara>pim]"It's about grafting."

[pim>mara]"Nobody cries about grafting."

[mara>pim]"I'm not crying. It's the dust off the crates."

She sat down next to me, and I let her read the last line, because she was going to read it anyway. Hollis has always written the important part last, as if he were leaving by the back door.

In April I thinned the blossom on the east row myself. Grandad held the ladder.

@@ first hollis
~~~

I got off the bus at the crossroads in September with the same one bag and a certificate in a cardboard tube, and I walked the lane the long way, past the east row, to see.

The trees were heavy. Somebody had thinned them properly.

She was up a ladder at the end of the row with a basket hooked on the rung, and she did not look down, though she must have heard me coming. The whole valley can hear me coming; I was built for it.

[hollis>mara]"You thinned the east row," I said.

[mara>hollis]"Somebody told me to."

[hollis>mara]"Somebody was right for once."

[mara>hollis]"Don't get used to it." Then she did look down, and held out the basket. [mara>hollis]"Take this, Hollis. Then hold the ladder. You owe me nine months of holding the ladder."

I took the basket. I held the ladder. Up on the porch old Ephraim Lusk lit his pipe for the first time in years.
