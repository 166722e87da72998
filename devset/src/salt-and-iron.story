{
 "title": "Salt and Iron",
 "notes": ["Headed alternating first-person POV (\"Tobias' perspective\" / \"Marek's POV\") under \"Part N\" headers; M/M break-up then reconciliation; apostrophe truncation 'Lise for Annelise and nickname Tobes; siblings."],
 "characters": [
  ["tobias", "Tobias Hale", ["Tobias", "Tobes"], "he/him"],
  ["marek", "Marek Novak", ["Marek"], "he/him"],
  ["annelise", "Annelise Novak", ["Annelise", "'Lise"], "she/her"],
  ["ferris", "Ferris", ["Ferris"], "he/him"],
  ["papa", "Mr. Novak", ["Mr. Novak", "Old Novak", "Papa"], "he/him"]
 ],
 "relationships": [
  ["tobias", "marek", "romantic", {"status_at_end": "together", "stages": ["break-up", "reconciliation"]}],
  ["marek", "annelise", "family"],
  ["tobias", "annelise", "platonic"],
  ["tobias", "ferris", "platonic"],
  ["marek", "papa", "family"],
  ["annelise", "papa", "family"]
 ],
 "tags": {"rating": "Teen And Up Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["M/M"],
  "relationships": ["Tobias Hale/Marek Novak", "Annelise Novak & Marek Novak", "Annelise Novak & Tobias Hale"],
  "characters": ["Tobias Hale", "Marek Novak", "Annelise Novak", "Ferris"],
  "pov": ["First Person POV", "Alternating POV"], "additional": ["Break Up", "Getting Back Together", "Blacksmithing", "Siblings"]}
}
---TEXT---
@@ first tobias
Part 1

Tobias' perspective

The forge was cold when I got there, which meant Marek had not slept, which meant we were going to have the argument again.

He was sitting on the anvil block with his boots unlaced and a letter in his hands. I knew the handwriting. Everyone in Halloway Cross knew old Mr. Novak's handwriting; it was on every unpaid bill from here to the river.

[tobias>marek]"Don't," I said. [tobias>marek]"Whatever it says. Don't."

[marek>tobias]"He's ill, Tobes."

[tobias>marek]"He's been ill before. He's been ill every time he needed money."

Marek folded the letter into smaller and smaller squares. [marek>tobias]"He's asking for me. Not for money. For me."

[tobias>marek]"And if you go, you won't come back. You know you won't. He'll find a reason. He always finds a reason."

[marek>tobias]"Then maybe I won't."

I have thought about that sentence for a long time. I have turned it over the way Marek turned the letter, folding it until it was too small to unfold. At the time I only heard the door in it.

[tobias>marek]"Fine," I said. [tobias>marek]"Go, then."

He went.

@@ first marek
Marek's POV

My sister met me at the coaching inn with her arms crossed and her hat on crooked, which is how Annelise Novak greets every disaster.

[annelise>marek]"You look terrible," she said.

[marek>annelise]"Thank you, 'Lise."

[annelise>marek]"Where's Tobias?"

I didn't answer. [annelise>marek]"Marek Novak, where is he?" I still didn't answer, and she swore in our grandmother's language, which she only does when she is truly angry, and took my bag off me as if I were a child.

Our father lived for eleven more weeks. He did not get better, and he did not say anything I had been waiting thirty years to hear, and on the last day he called me by my uncle's name. I sat with him anyway. Annelise said that was the only part that mattered.

[annelise>marek]"You should write to him," she said on the night of the funeral. We were on the back step of the house that was going to be sold. [annelise>marek]"To Tobias. Not Papa. Papa's beyond letters."

[marek>annelise]"He told me to go."

[annelise>marek]"You told him you weren't coming back. I know you, Marek. You say the cruel thing first so nobody can say it to you."

[marek>annelise]"That's not—"

[annelise>marek]"It is. It's the family trade. Better than smithing."

@@ first tobias
Part 2

Tobias' perspective

Ferris, the carter, brought the news with a load of pig iron. Old Novak had died. The son was selling up.

[ferris>tobias]"Reckon he'll be back for his tools, at least," Ferris said, rolling the last bar off the cart. [ferris>tobias]"Good tongs, those. Shame to leave them."

[tobias>ferris]"Reckon he won't," I said.

Ferris looked at me sideways. He has known me since I was apprenticed; he knows every face I make. [ferris>tobias]"You want me to take a message, lad? I'm going that way Thursday."

I didn't want to. I did it anyway. I wrote four words on the back of a delivery slip, and I folded it in half only once.

*Your tongs are here.*

@@ first marek
Marek's POV

It is a ridiculous thing to cross a county for. I crossed it.

The forge was hot when I got there. Tobias was at the anvil with his sleeves rolled and his back to the door, and he did not turn round, but the hammer stopped.

[tobias>marek]"Took your time," he said.

[marek>tobias]"I had to sell a house."

[tobias>marek]"I heard." The hammer came down, once, and he set it aside. When he turned there was soot on his cheek and something worse in his eyes. [tobias>marek]"I'm sorry about your father. I'm sorry I said go. I've been sorry since the door shut."

[marek>tobias]"I'm the one who said I wouldn't come back."

[tobias>marek]"You came back."

[marek>tobias]"For the tongs," I said, and he laughed, the cracked, helpless laugh I had been missing for three months, and I crossed the last six feet of floor the way I had crossed the county.

Annelise came for the wedding, in the spring. Her hat was still crooked. [annelise>tobias]"Look after him, Tobias Hale," she told him at the door. [annelise>tobias]"He says the cruel thing first."

[tobias>annelise]"I know," said Tobias. [tobias>annelise]"I'm learning to wait for the second thing."
