{
 "title": "Grace Notes",
 "notes": ["A/N and disclaimer at the top (outside every section); \"Part 1\"/\"Part 2\" headers; third-person narration with curly quotes. Names that are also common words used both ways (Grace/grace, Hope/hope, Faith/faith). Estranged sisters reconcile; an engaged F/F couple; a chorus line spoken by a group (speaker null)."],
 "characters": [
  ["grace", "Grace Whitlock", ["Grace", "Grace Whitlock", "Gracie"], "she/her"],
  ["hope", "Hope", ["Hope"], "she/her"],
  ["daisy", "Daisy Lund", ["Daisy", "Daisy Lund"], "she/her"],
  ["faith", "Faith", ["Faith"], "she/her"],
  ["mum", "Mum", ["Mum"], "she/her"]
 ],
 "relationships": [
  ["grace", "hope", "family", {"status_at_end": "reconciled", "stages": ["estrangement", "reconciliation"]}],
  ["hope", "daisy", "romantic", {"status_at_end": "together", "stages": ["engaged"]}],
  ["faith", "hope", "platonic"],
  ["grace", "daisy", "platonic"],
  ["grace", "mum", "family"],
  ["hope", "mum", "family"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/F", "Gen"],
  "relationships": ["Daisy Lund/Hope", "Grace Whitlock & Hope"],
  "characters": ["Grace Whitlock", "Hope", "Daisy Lund", "Faith"],
  "pov": ["Third Person POV"], "additional": ["Sisters", "Weddings", "Reconciliation", "Music"]}
}
---TEXT---
@@ skip
A/N: Written for the Sibling Exchange. My prompt was “estranged sisters + a piano.” Hope you enjoy, dear recipient!

Disclaimer: Original characters. Any resemblance to my actual sister is strictly a coincidence (hi, if you’re reading).

@@ third
Part 1

Grace Whitlock had not spoken to her sister in four years, and she had no hope at all that the wedding would change that. She went anyway. Their mother would have wanted her to, and their mother, being dead, could not be argued with.

The reception was in a barn with fairy lights and an upright piano that somebody had painted mint green. Grace stood beside it with a glass of warm wine and tried to look like a guest who had been invited on purpose.

[faith>grace]“You must be the sister.” A woman in a purple suit held out her hand. [faith>grace]“I’m Faith. I’m doing the music. Well. I was doing the music. The pianist has food poisoning, so now I’m doing the playlist.”

[grace>faith]“I’m the sister,” Grace agreed. [grace>faith]“Is it that obvious?”

[faith>grace]“You’ve got her chin. And you’re standing next to the piano like it owes you money.” Faith tilted her head. [faith>grace]“Do you play?”

[grace>faith]“I used to.”

[faith>grace]“Used to as in ‘can’t’ or used to as in ‘won’t’?”

Grace didn’t answer, which was an answer. She had played every Sunday for eleven years, duets with Hope on the old piano in their mother’s front room, until the argument about the house and the will and the things neither of them could take back. She had not touched a keyboard since.

Part 2

Hope found her an hour later, still by the piano. She was in white, with daisies in her hair, and she looked so much like the girl on the piano stool that Grace had to put her glass down.

[hope>grace]“You came,” Hope said.

[grace>hope]“You invited me.”

[hope>grace]“I invite lots of people. You never come.”

[grace>hope]“I came.”

[hope>grace]“You did.” Hope looked at the piano, and then back at her sister. [hope>grace]“Daisy said you would. She’s got more faith in people than I have. I said you’d send a card.”

Daisy Lund was across the barn, dancing badly with an uncle, and when she saw the two of them standing together she stopped dead in the middle of the floor and put both hands over her mouth.

[hope>grace]“She’s going to cry,” Hope said. [hope>grace]“She cries at adverts.”

[grace>hope]“She looks nice,” said Grace. [grace>hope]“She looks like she’s good for you.”

[hope>grace]“She is.” Hope touched the painted lid of the piano. [hope>grace]“Gracie. Will you play the first dance? Faith’s playlist is all disco. Daisy wanted ‘The Harbour Song.’ Mum’s arrangement. Nobody else knows it.”

Grace looked at the keys for a long time. Her hands remembered before she did.

[grace>hope]“Only if you do the top part,” she said. [grace>hope]“I can’t do the grace notes any more. You always did them better.”

[hope>grace]“That’s a lie.”

[grace>hope]“It’s a lie,” Grace agreed, and sat down, and shifted over on the stool to make room.

They played it badly, and too fast, and Hope missed three of the grace notes and laughed through all of them. Daisy cried, as predicted, dancing on her own in the middle of the floor. When it was over the whole barn was on its feet.

[?]“Again!” the guests shouted. [?]“Again!”

So they played it again.
