{
 "title": "Lost Property",
 "notes": ["Silent first-person switches after *** breaks with no headers: Agnieszka (Aga), then a NEVER-NAMED commuter in the middle of the story, then Felix, then Aga again. The commuter part names Aga once in the narration (from her badge) and never Felix. Written for ficlens (issue #5) AFTER the narration change, as a blind check: not used to tune anything."],
 "characters": [
  ["aga", "Agnieszka Wolny", ["Aga", "Agnieszka"], "she/her"],
  ["felix", "Felix Arden", ["Felix"], "he/him"],
  ["mrs_oduya", "Mrs Oduya", ["Mrs Oduya"], "she/her"],
  {"id": "narrator", "name": "narrator", "named": false, "aliases": ["narrator"], "eligible": false, "pronouns": null}
 ],
 "relationships": [
  ["aga", "felix", "romantic", {"status_at_end": "together", "stages": ["coworkers", "confession"]}],
  ["aga", "mrs_oduya", "platonic"],
  ["felix", "mrs_oduya", "platonic"],
  ["narrator", "aga", "platonic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["F/M"],
  "relationships": ["Agnieszka Wolny/Felix Arden"],
  "characters": ["Agnieszka Wolny", "Felix Arden", "Mrs Oduya", "Original Character(s)"],
  "pov": ["First Person POV", "Multiple POVs", "Outsider POV"], "additional": ["Workplace", "Train Stations", "Umbrellas", "Coworkers to Lovers"]}
}
---TEXT---
@@ first aga
Lost Property

There are eleven hundred umbrellas in the back room of the Lost Property Office at Harrowgate Junction, and I have personally labelled every one of them.

Felix Arden thinks this is a problem. Felix thinks most things I do are a problem, in the fond, exasperated way of a man who has worked beside me for three years and still alphabetises nothing.

[felix>aga]"We could donate them," he said on Monday, holding up a tartan one by its broken spoke. [felix>aga]"Aga. Nobody is coming back for this."

[aga>felix]"Somebody bought it."

[felix>aga]"In nineteen eighty-something."

[aga>felix]"Then they've had a long time to miss it."

Mrs Oduya, who runs the ticket office and therefore the station, put her head round the door to tell us the eight-fifteen was cancelled and we were both to look busy. We looked busy. Felix looked busy holding the tartan umbrella, which he did not put back on the shelf.

@@ first narrator
***

I lost a green umbrella on a Thursday in March, on the eight-fifteen, which was not cancelled that day, more's the pity.

I would not have gone to the office for an umbrella. It was the handle. My husband carved it from a bit of holly the winter before he died, and it is the only thing he ever made with his hands that did not fall apart.

The young woman behind the counter had a badge that said AGNIESZKA and a pencil behind each ear. She listened to all of it without once looking at the clock.

[aga>narrator]"Green, with a holly handle," she said, writing. [aga>narrator]"Carved. Do you remember which carriage?"

[narrator>aga]"The quiet one. I sat in the quiet one so I wouldn't have to talk to anybody."

[aga>narrator]"Give me ten minutes."

It took her six. She came out of the back with it held in both hands, like something from a church, and I am afraid I cried at the counter, and she pretended very kindly to be busy with a form.

@@ first felix
***

Agnieszka Wolny never tells anyone when she gets one right. I have watched her do it for three years. Somebody comes in grey in the face about a scarf or a lunchbox or a handle carved out of holly, and she goes into the back, and comes out with it, and then she goes very quiet for an hour and labels things.

So I went and got two coffees from the kiosk and put one on her shelf, between the umbrellas from the Nineties and the umbrellas from the Noughties.

[aga>felix]"What's this for?" Aga said.

[felix>aga]"The holly lady."

[aga>felix]"Her name's on the form, Felix."

[felix>aga]"I know. I'm not going to read it. It's none of my business. I just saw her face."

Aga looked at the coffee for a long time, and then at me.

@@ first aga
***

I gave the tartan umbrella to Felix on his last day before the holidays, with a label on it in my best handwriting: UNCLAIMED. FINDER MAY KEEP.

[felix>aga]"Is this a joke?"

[aga>felix]"It's a policy."

[felix>aga]"You don't have policies. You have eleven hundred umbrellas."

[aga>felix]"Eleven hundred and one," I said, [aga>felix]"if you're going to stand there and make me say it."

He did stand there. He made me say it. Mrs Oduya, who had come to tell us the eight-fifteen was late, went away again without telling us, and I think that was the kindest thing anybody did at Harrowgate Junction that year.
