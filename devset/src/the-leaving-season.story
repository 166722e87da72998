{
 "title": "The Leaving Season",
 "notes": ["Third-person narration with a great deal of first-person dialogue (I/me inside quotes must not make the narration first person). A long untagged two-person exchange (speakers by turn-taking only). The romantic relationship ends: Elias leaves. Father and daughter."],
 "characters": [
  ["nadia", "Nadia Sorensen", ["Nadia", "Nadia Sorensen"], "she/her"],
  ["elias", "Elias Brandt", ["Elias", "Elias Brandt", "Eli"], "he/him"],
  ["gunnar", "Gunnar Sorensen", ["Gunnar", "Pappa"], "he/him"]
 ],
 "relationships": [
  ["nadia", "elias", "romantic", {"status_at_end": "apart", "stages": ["break-up", "someone leaves"]}],
  ["nadia", "gunnar", "family"],
  ["elias", "gunnar", "platonic"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Elias Brandt/Nadia Sorensen", "Gunnar Sorensen & Nadia Sorensen"],
  "characters": ["Nadia Sorensen", "Elias Brandt", "Gunnar Sorensen"],
  "pov": ["Third Person Limited"], "additional": ["Break Up", "Angst", "Bittersweet Ending", "Fishing Village"]}
}
---TEXT---
@@ third
The Leaving Season

Every autumn the boats came in and some of the young men went out, on the bus to the city, and the village called it the leaving season as if it were weather. Nadia Sorensen had never expected it to take anyone of hers.

She found Elias on the harbour wall with his rucksack already packed.

[nadia>elias]"You were going to tell me," she said. It wasn't a question, and then it was. [nadia>elias]"Weren't you?"

[elias>nadia]"I was going to tell you tonight."

[nadia>elias]"Tonight. The bus is at six tomorrow."

[elias>nadia]"I know when the bus is, Nadia."

[nadia>elias]"How long have you known?"

[elias>nadia]"Since August. The yard in Bergen wrote back."

[nadia>elias]"August."

[elias>nadia]"I didn't know how to say it."

[nadia>elias]"You say it. You open your mouth and you say it. I'd have said it to you."

[elias>nadia]"Would you? You've never once said you'd leave here. Not once, in four years."

[nadia>elias]"Because I wouldn't."

[elias>nadia]"That's why I didn't ask."

The gulls went up off the water all at once, for no reason anyone could see. Nadia watched them instead of him. Her hands were cold; she put them in her pockets so he wouldn't see them shaking.

[elias>nadia]"I can't stay," Elias said, more gently. [elias>nadia]"I've tried. I mend nets for your father and I think about engines. I go to sleep thinking about engines. I'll be forty and still mending nets, and I'll hate myself, and then I'll hate you for it, and I won't do that to you."

[nadia>elias]"So you're leaving to be kind."

[elias>nadia]"I'm leaving because I'm a coward who wants to build ships. The kindness is an accident."

She laughed despite herself, a wet, unhappy sound. That was the trouble with Elias Brandt: he had always been able to make her laugh at the worst possible moment.

Her father was mending nets in the shed when she got home. Gunnar Sorensen had mended nets in that shed for thirty-five years; he had the patience of a man who knew that everything tears eventually.

[gunnar>nadia]"He told you, then," he said.

[nadia>gunnar]"You knew, Pappa?"

[gunnar>nadia]"He asked me for a reference in August." Gunnar didn't look up from the knot. [gunnar>nadia]"I gave him one. He's the best hand I've had. He'll be wasted here."

[nadia>gunnar]"And me? Am I wasted here?"

Now he looked up. [gunnar>nadia]"That's for you to say, girl. Not him. Not me."

She thought about it all night. She thought about Bergen, and engines, and a city she had visited once and hated. In the morning she walked down to the bus stop with a thermos of coffee and no bag.

Elias was already there. He looked at her hands, and at the absence of a bag, and he understood.

[nadia>elias]"Eli—" she started, and couldn't finish. [nadia>elias]"Take the coffee," she said instead. [nadia>elias]"It's a long way."

[elias>nadia]"I'll write."

[nadia>elias]"Don't," said Nadia. [nadia>elias]"Build something. That's better than letters."

The bus came round the headland at six, exactly on time, the way it always did in the leaving season. She did not wave. She stood on the harbour road until it was gone, and then she went back to the shed, and her father moved over on the bench without a word and handed her a needle.
