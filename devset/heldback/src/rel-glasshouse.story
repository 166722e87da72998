{
 "title": "The Glasshouse",
 "notes": ["Held back for relationships (issue #6): written before the relationship changes, scored separately. Third person. F/F slow burn shown only by implication (blushing, jealousy, longing, a confession in dialogue without 'love' or 'kiss', fingers laced at the end). One-sided crush of Marcus on Josie (unrequited: Josie turns him down kindly). Brother and sister (Dev, Priya) with teasing. Friendship (Marcus & Priya) that is not romance."],
 "characters": [
  ["priya", "Priya Nandakumar", ["Priya", "Nandakumar"], "she/her"],
  ["josie", "Josie Hartwell", ["Josie", "Jo"], "she/her"],
  ["marcus", "Marcus Whitby", ["Marcus"], "he/him"],
  ["dev", "Dev", ["Dev"], "he/him"]
 ],
 "relationships": [
  ["priya", "josie", "romantic", {"status_at_end": "together", "stages": ["first meeting", "confession"]}],
  ["marcus", "josie", "romantic", {"status_at_end": "unrequited"}],
  ["priya", "dev", "family"],
  ["priya", "marcus", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/F", "F/M", "Multi"],
  "relationships": ["Josie Hartwell/Priya Nandakumar", "Josie Hartwell/Marcus Whitby", "Dev & Priya Nandakumar", "Marcus Whitby & Priya Nandakumar"],
  "characters": ["Priya Nandakumar", "Josie Hartwell", "Marcus Whitby", "Dev"],
  "pov": ["Third Person POV"], "additional": ["Slow Burn", "Pining", "Unrequited Crush", "Botanical Gardens"]}
}
---TEXT---
@@ third
The Glasshouse

The palm house at Orrin Park opened at nine, but Priya Nandakumar had a key, which she considered the single greatest achievement of her twenty-six years.

The new volunteer, Josie Hartwell according to the rota, was waiting outside at eight, hugging a flask and stamping her feet against the frost.

[josie>priya]"Hi. I'm Josie. They said to ask for the one with the key?"

[priya>josie]"That's me," Priya said, and dropped the key, and had to pick it out of a drain grate while Josie held the torch and tried very hard not to laugh.

By the end of the first week Josie knew the Latin names of half the cycads and had given each of them a second, ruder name. By the end of the second week Priya had started arriving at half past seven, for no reason she was willing to say out loud.

[dev>priya]"You've ironed a shirt," her brother Dev said on the Thursday, leaning in the kitchen doorway with his cereal. [dev>priya]"For plants."

[priya>dev]"The plants deserve respect."

[dev>priya]"The plants are in a greenhouse, Priya. Who is she?"

Priya threw a tea towel at him. It missed. He ate his cereal at her, slowly, grinning, until she left.

Marcus Whitby ran the café by the koi pond and had been Priya's friend since they were both sixteen and fired from the same garden centre on the same afternoon. He brought her a coffee at eleven every day, and on the third Monday he brought two.

[marcus>priya]"One for the new girl," he said, setting it on the potting bench. [marcus>priya]"What's her name again? Josie? She's funny. Is she seeing anyone, do you know?"

Priya found that she had snapped a seedling clean in half.

[priya>marcus]"No idea," she said. [priya>marcus]"Ask her yourself."

He did. Priya watched it happen through the misted glass of the orchid room: Marcus with his hands in his apron pockets, Josie laughing at something, Marcus going pink to the ears. She turned away before the end, and repotted an aloe that had not needed repotting, and spent the afternoon with a hot, stupid ache under her ribs that she refused to name.

Josie found her at closing time, among the ferns.

[josie>priya]"Your friend asked me to the pictures," she said.

[priya>josie]"That's nice."

[josie>priya]"I said no." Josie pulled a dead frond off the nearest tree fern, turning it over in her fingers. [josie>priya]"I told him he was lovely, which he is, and that it wasn't going to happen, which it isn't. He took it well. He gave me a free flapjack."

Priya did not trust her voice, so she nodded.

[josie>priya]"Don't you want to know why?"

[priya>josie]"It's not my business, Jo."

[josie>priya]"It is, a bit." Josie was not looking at her. She was looking very hard at the frond. [josie>priya]"I come in at half seven now. Did you notice? I don't need to. Nothing needs watering at half seven. I come in because you're here, and you hum when you think nobody can hear you, and I keep hoping you'll look up."

The heating pipes ticked. Somewhere above them a drip fell from the roof glass onto a leaf, once, twice.

Priya looked up.

Outside, Marcus was stacking chairs on the café tables, and when he saw the two of them through the glass he stopped, and then he smiled a small, rueful smile and went on stacking. The next morning he brought three coffees, and did not ask anything at all, and Priya hugged him so hard that he spilled one.

[marcus>priya]"Yeah, yeah," he said into her hair. [marcus>priya]"Just be happy, you idiot."

That evening Dev came home to find his sister on the sofa with her phone in both hands, smiling at it like it had told her a secret.

[dev>priya]"The plant girl?"

[priya>dev]"Her name is Josie."

[dev>priya]"I know," Dev said, and sat beside her, and stole half her toast, and said nothing else, which from Dev was a blessing.

On Saturday the glasshouse filled with school parties and pushchairs. Josie walked past Priya at the potting bench on her way to the cactus room, and without breaking stride, without saying anything, she reached out and laced her fingers through Priya's for the length of three steps, and let go.

Priya stood there, flushed to the collar, holding a trowel, until a small boy asked her if she was all right.

She was. She was entirely all right.
