{
 "title": "The Floating Stacks",
 "notes": ["Blind check for issue #5, written without reading ficlens. Third-person narration with British single-quote dialogue full of first-person speech; after the first `* * *` the middle part is told in the first person by Jory, already introduced in the third person and named there only by Pet's vocatives ('Jory', 'Jory?'); after the second `* * *` the narration goes back to the third person. Book titles in *asterisks* inside a speech belong to the speech; other *asterisk* passages are thoughts. The lock-keeper's dead wife is unnamed (not a character); Hesketh is mentioned only."],
 "characters": [
  ["pet", "Perpetua Lind", ["Perpetua Lind", "Pet", "Miss Lind"], "she/her"],
  ["jory", "Jory Vance", ["Jory Vance", "Jory", "Jor"], "he/him"],
  ["crole", "Inspector Crole", ["Inspector Crole", "Crole", "Inspector"], "he/him"],
  ["hesketh", "Hesketh", ["Hesketh"], "he/him"]
 ],
 "relationships": [
  ["pet", "jory", "romantic", {"status_at_end": "together", "stages": ["slow burn"]}],
  ["pet", "crole", "adversarial", {"status_at_end": "truce"}],
  ["pet", "hesketh", "platonic", {"status_at_end": "past"}]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Jory Vance/Perpetua Lind"],
  "characters": ["Perpetua Lind", "Jory Vance", "Inspector Crole", "Hesketh"],
  "pov": ["Third Person POV", "First Person POV", "Multiple POVs"], "additional": ["Libraries", "Boats", "Slow Burn", "Pining", "All-Nighter"]}
}
---TEXT---
@@ skip
The Floating Stacks

A/N: For the "libraries that travel" prompt. The middle bit is Jory's POV because he would not shut up. Unbeta'd, all mistakes mine, please point them out kindly.

Disclaimer: Not mine — oh wait, they are. The river isn't, though.

@@ third
The *Marginalia* came down the river Tolle every autumn with eleven thousand books in her hold and one bad-tempered librarian at her tiller, and every autumn the lock at Sallow Bend shut in her face.

'{{crole>pet|Paperwork,}}' said Inspector Crole, leaning on the gate with the satisfaction of a man who has waited all year to say it. '{{crole>pet|I need a full manifest, Miss Lind. Every title.}}'

'{{pet>crole|I gave you a full manifest last year.}}'

'{{crole>pet|Last year's books aren't this year's books.}}'

'{{pet>crole|Most of them are. That's rather the point of a library.}}' Perpetua Lind wiped her hands on her trousers and looked up at him from the deck. *Eleven thousand titles,* she thought. *He wants me to read him eleven thousand titles through a lock gate.* '{{pet>crole|How long have I got?}}'

'{{crole>pet|Until the gate opens at dawn. After that the river's closed to unlisted cargo until spring.}}'

Behind her, in the hatchway, Jory Vance put down the crate he was carrying and said, very quietly, '{{jory>pet|He can't do that, can he, Pet?}}'

'{{pet>jory|He can do anything he likes with that gate. It's his gate.}}' She said it loudly enough for Crole to hear. '{{pet>crole|I'll have your manifest by dawn, Inspector.}}'

Crole touched his hat and went back into his little brick office, and the lamp went on in the window, and stayed on.

Jory waited until the door had shut. '{{jory>pet|We've got a list, though. Haven't we? Hesketh kept a list.}}'

'{{pet>jory|Hesketh kept a list in his head, and Hesketh has been dead for six years.}}' Pet sat down heavily on the hatch cover and rubbed her eyes. '{{pet>jory|Sorry. That was — I'm sorry, Jor. I'm tired and I'm cross and none of it's your fault. Go and put the kettle on. We're going to be up all night.}}'

@@ first jory
* * *

I put the kettle on. Then I put it on again at midnight, and again at two, and by three in the morning my handwriting had stopped looking like handwriting.

Pet read the shelves aloud and I wrote them down. That was the system. She stood in the narrow aisles with the torch and read the spines in a flat, patient voice, and I sat on the bottom step of the ladder with the ledger on my knees and tried to keep up.

'{{pet>jory|*A Natural History of Eels*, two volumes. *Eels Reconsidered*. Why on earth do we have so many books about eels?}}'

'{{jory>pet|People up the Tolle like eels,}}' I said.

'{{pet>jory|Nobody likes eels that much, Jory.}}'

I wanted to tell her that I didn't mind. That I'd have sat on that step until spring if she kept reading to me, eels and all. I have wanted to tell her things like that since the week she took me on, two winters ago, when I had nowhere to sleep and she said the boat needed someone to bail. It didn't. I found out later that it doesn't leak at all.

I did not tell her. I said, '{{jory>pet|Next shelf.}}'

At four she stopped in the middle of a title and didn't start again. I went to look. She was asleep on her feet, leaning against the poetry, with the torch still lit in her hand.

*Well,* I thought. *Fine.*

I took the torch and sat her down on the step, and I read the rest myself. It turns out I know the shelves better than I thought I did. It turns out I have been learning them for two years without noticing, the way you learn a street you walk down every day.

'{{pet>jory|Jory?}}' she said, somewhere near dawn, without opening her eyes. '{{pet>jory|Where are we?}}'

'{{jory>pet|Travel,}}' I said. '{{jory>pet|Nearly done. Go back to sleep.}}'

@@ third
* * *

The lamp in the lock office was still on when Pet climbed up to the gate with the ledger under her arm. The sky over Sallow Bend had gone the colour of weak tea.

Crole took the ledger and turned the pages slowly, and his face did something complicated.

'{{crole>pet|This isn't your writing,}}' he said.

'{{pet>crole|No. It's my colleague's.}}' Pet did not look round at the boat, where Jory was pretending to coil a rope that had been coiled for an hour. '{{pet>crole|He did most of it. Every title, Inspector. Count them if you like.}}'

'{{crole>pet|I don't need to count them.}}' Crole closed the ledger. For a moment he looked less like an inspector and more like a tired old man who had also sat up all night, watching a lit window across the water. '{{crole>pet|My wife used to borrow from Hesketh. Every autumn. Mysteries. She'd have the lot read before you reached the sea.}}'

Pet had not known that. She had not known that Crole had a wife.

'{{pet>crole|We've got mysteries,}}' she said carefully. '{{pet>crole|Second shelf from the stern. She'd be very welcome.}}'

'{{crole>pet|She died in March.}}'

'{{pet>crole|Then you'd be welcome.}}'

Crole didn't answer that. He went into the office, and a moment later the great gate groaned and began to open.

Down on the deck, Jory let go of the rope at last. '{{jory>pet|Did it work? Pet? Did he take it?}}'

'{{pet>jory|He took it.}}' She stepped down beside him and, before she could think better of it, leaned her head against his shoulder, the way she had leaned on the poetry all night. '{{pet>jory|Thank you, Jory. I mean it. I couldn't have done it without you.}}'

'{{jory>pet|It was mostly eels,}}' said Jory, and went red to the ears, and didn't move an inch.

*Next autumn,* Pet thought, as the *Marginalia* slid into the lock and the water began to fall away around them, *I'll learn the shelves properly.* Then she kissed his cheek, quickly, before she lost her nerve. *Or I'll just keep him.*
