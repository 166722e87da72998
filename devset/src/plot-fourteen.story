{
 "title": "Plot Fourteen",
 "notes": ["Silent first-person switches after ~o~ breaks with no headers: Pippa, Seun, Pippa (she finds a note from Seun signed '– S.'; the part is hers), Seun, then a closing part by a NEVER-NAMED narrator (the allotment committee secretary) who names both. Written for ficlens (issue #5) AFTER the narration change, as a second blind check: not used to tune anything."],
 "characters": [
  ["pippa", "Pippa Holm", ["Pippa", "Miss Pippa Holm"], "she/her"],
  ["seun", "Seun Adeyemi", ["Seun", "Mr Seun Adeyemi"], "he/him"],
  ["gran", "Gran", ["Gran"], "she/her"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["pippa", "seun", "romantic", {"status_at_end": "together", "stages": ["rivals", "friends", "together"]}],
  ["pippa", "gran", "family"],
  ["narrator", "pippa", "platonic"],
  ["narrator", "seun", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Pippa Holm/Seun Adeyemi"],
  "characters": ["Pippa Holm", "Seun Adeyemi", "Gran", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs", "Outsider POV"], "additional": ["Gardening", "Allotments", "Enemies to Lovers", "Neighbours"]}
}
---TEXT---
@@ first pippa
Plot Fourteen

Gran left me plot fourteen, her shed key and a feud. The feud was with plot fifteen.

Plot fifteen, it turned out, had changed hands in the spring. The new tenant was a tall man in a good jumper who was digging a trench along our shared border as if he expected a siege.

[pippa>seun]"That's my rhubarb you're undermining," I said over the fence.

[seun>pippa]"It's bindweed," he said, not looking up. [seun>pippa]"Your rhubarb is the bindweed's hostage. I'm negotiating."

[pippa>seun]"Gran grew that rhubarb for thirty years."

He did look up then, and leaned on his spade. [seun>pippa]"Then your Gran also grew thirty years of bindweed, Pippa. It's all over my side."

I did not ask how he knew my name. Everyone on the allotments knows everyone's name. It is the worst thing about them.

@@ first seun
~o~

She came back the next Saturday with a fork, a flask and the air of someone who had been reading about bindweed all week in order to prove me wrong.

She could not prove me wrong. It is bindweed. But she dug her side of the trench without a word, level with mine, and at noon she poured two cups from the flask and put one on my fence post.

[seun>pippa]"Is this a truce?"

[pippa>seun]"It's tea," Pippa said. [pippa>seun]"Don't read into it."

I read into it. I am a man who reads the back of seed packets for pleasure; I read into everything.

@@ first pippa
~o~

I went up on the Wednesday to water and found a paper bag on my shed step with six leek seedlings in it and a note.

You will plant these too close together. Please don't. Fifteen centimetres. – S.

I planted them twenty centimetres apart, out of spite, and they did better than his.

@@ first seun
~o~

By August we had taken the fence down between fourteen and fifteen. It was her idea, though she says it was mine. The committee sent a letter about it, which she framed.

[pippa>seun]"Seun," she said one evening, sitting on the upturned bucket that is now, apparently, her bucket, [pippa>seun]"do you ever think Gran and the old man on fifteen were fighting about something else?"

[seun>pippa]"Like what?"

She shrugged and passed me a strawberry. I think I know like what.

@@ first narrator
~o~

As secretary of the Holloway Lane Allotment Society it falls to me to record changes of tenancy and boundaries, and I have recorded a good many in my time.

I have never recorded one quite like fourteen and fifteen. Miss Pippa Holm came to the autumn meeting with Mr Seun Adeyemi of plot fifteen, and asked that the two plots be entered in the book as one.

[narrator>pippa,seun]"Under whose name?" I asked.

They looked at each other for so long that I wrote both names in, and underlined them, and moved on to the matter of the compost bins.
