{
 "title": "Paper Cranes",
 "notes": ["An unnamed first-person narrator throughout (never named; gender never stated). A past relationship (the narrator and Dominic) is only remembered. Thoughts in *asterisks*. The unnamed narrator has a character with named:false and the conventional alias 'narrator' (not eligible for character recall)."],
 "characters": [
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null},
  ["ines", "Ines Carvalho", ["Ines"], "she/her"],
  ["dominic", "Dominic", ["Dominic"], "he/him"],
  ["mrs_tanaka", "Mrs. Tanaka", ["Mrs. Tanaka"], "she/her"]
 ],
 "relationships": [
  ["narrator", "dominic", "romantic", {"status_at_end": "past", "stages": ["remembered"]}],
  ["narrator", "ines", "platonic"],
  ["narrator", "mrs_tanaka", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["Gen"],
  "relationships": ["Dominic/Original Character", "Ines Carvalho & Original Character"],
  "characters": ["Ines Carvalho", "Dominic", "Mrs. Tanaka", "Original Character(s)"],
  "pov": ["First Person POV"], "additional": ["Unnamed Narrator", "Past Relationship", "Moving On", "Origami"]}
}
---TEXT---
@@ first narrator
Paper Cranes

Dominic used to fold paper cranes out of receipts. Supermarket receipts, bus tickets, the little slips from the cash machine that tell you how poor you are. He'd leave them on the kitchen windowsill in a long white line, and by the end there were forty-one of them, and I counted them the night he left, and I haven't been able to throw a single one away.

That was two years ago. I'm telling you this so you understand why I was standing in Mrs. Tanaka's stationery shop on a Tuesday afternoon holding a packet of origami paper as if it might bite me.

[mrs_tanaka>narrator]"You fold?" Mrs. Tanaka asked from behind the till.

[narrator>mrs_tanaka]"No," I said. [narrator>mrs_tanaka]"Someone I knew did."

She nodded as if that were a complete answer, which I suppose it was. [mrs_tanaka>narrator]"Cranes are the easiest. Start with cranes."

*Of course,* I thought. *Of course it would be cranes.*

I bought the paper. I didn't fold anything for a week. It sat on the kitchen table next to the windowsill, and the forty-one receipt cranes looked down at it with their blind paper faces.

Ines Carvalho came over on the Sunday with wine and found it.

[ines>narrator]"Oh, love," she said. She has known me since we were eleven. She knew Dominic for all four years of him. [ines>narrator]"Is this a good sign or a bad sign?"

[narrator>ines]"I don't know yet."

[ines>narrator]"Do you want to talk about him?"

[narrator>ines]"No."

[ines>narrator]"Do you want to fold a crane?"

I laughed, which surprised us both. [narrator>ines]"I don't know how."

[ines>narrator]"Neither do I. We'll be terrible together. It'll be great."

We were terrible. Ines's first crane looked like a pigeon that had been in an accident. Mine had one wing. We sat on the kitchen floor with the instructions and a bottle of wine and got paper cuts and laughed until Ines had to lie down.

Somewhere around the fifth crane I started talking about Dominic anyway. About the way he'd hum when he folded. About the morning he told me he'd taken the job in Lisbon and wasn't asking me to come, not because he didn't want me, but because he knew I'd say yes and hate it. About how he was right, which was the worst part. He's still right, two years later, somewhere in a city I've never seen.

Ines didn't say anything. She just passed me another square of paper, blue this time.

[ines>narrator]"You know what I think?" she said eventually.

[narrator>ines]"You're going to tell me."

[ines>narrator]"I think you should keep his. They're nice. But they're his. You need some of your own on that windowsill."

So now there are forty-one white cranes and six coloured ones, and one of the coloured ones has only one wing. I put it at the front. It's my favourite. It looks like it's trying very hard to take off anyway.

Mrs. Tanaka asked about them the next time I went in for paper. I told her about the one wing.

[mrs_tanaka>narrator]"Good," she said, ringing up a packet of red squares and a packet of gold. [mrs_tanaka>narrator]"The first ones are supposed to be bad. If the first one is perfect, you stop. You never make a second."

[narrator>mrs_tanaka]"And if the first one has one wing?"

[mrs_tanaka>narrator]"Then you make a hundred," said Mrs. Tanaka, [mrs_tanaka>narrator]"trying to give it a friend."
