{
 "title": "You Are Here",
 "notes": ["Second-person narration throughout (\"you walk into the café\"); the 'you' is a character named Sam only through others' vocatives and speaks several quotes. Second-person sections have narrator null. Old friends meet again; mother mentioned."],
 "characters": [
  ["sam", "Sam", ["Sam", "Sammy"], null],
  ["lior", "Lior Ben-Ami", ["Lior", "Lior Ben-Ami"], "he/him"],
  ["ma", "Ma", ["Ma"], "she/her"],
  ["hester", "Hester", ["Hester"], "she/her"],
  ["kaplan", "Mr. Kaplan", ["Mr. Kaplan"], "he/him"]
 ],
 "relationships": [
  ["sam", "lior", "platonic", {"status_at_end": "together", "stages": ["reunion"]}],
  ["sam", "ma", "family"],
  ["lior", "hester", "romantic"]
 ],
 "tags": {"rating": "General Audiences", "warnings": ["No Archive Warnings Apply"], "categories": ["Gen"],
  "relationships": ["Lior Ben-Ami & Sam", "Hester/Lior Ben-Ami"],
  "characters": ["Sam", "Lior Ben-Ami", "Hester", "Ma", "Mr. Kaplan"],
  "pov": ["Second Person POV"], "additional": ["Reunions", "Childhood Friends", "Coffee Shops"]}
}
---TEXT---
@@ second
You Are Here

You walk into the café because it is raining and because the sign still says Kaplan's, even though Mr. Kaplan sold it eight years ago, the summer you left town.

Inside, everything is different and nothing is. The counter has moved. The smell hasn't. You stand dripping on the mat and the girl at the till says, [hester>sam]"Be with you in a sec," and you nod as if you are a stranger here, which you are, now.

You order tea. You sit by the window, where you and Lior used to sit after school with one hot chocolate and two spoons, daring each other to drink the last of it.

You do not expect him to walk in. That's the thing you will tell yourself afterwards: you did not expect it.

But the door opens and a man shakes out an umbrella, tall and bearded and older, and he looks across the room and stops.

[lior>sam]"Sam?" he says. [lior>sam]"Sammy? Is that you?"

Nobody has called you Sammy in eight years. You had forgotten it was a name that belonged to you.

[sam>lior]"Hi, Lior," you say.

He sits down opposite you without asking, the way he always did, and puts his wet umbrella on the floor where someone will trip on it, the way he always did.

[lior>sam]"You didn't write," he says.

[sam>lior]"I know."

[lior>sam]"Not once. Your ma said you were in the north somewhere. I asked her every Christmas."

[sam>lior]"She told me."

[lior>sam]"So you knew I was asking."

You look at your tea. You knew. You knew every Christmas. Ma would ring and say, [ma>sam]"The Ben-Ami boy was asking after you again," in the careful voice she used for things she thought might break you, and you would say you were fine, and you would not write.

[sam>lior]"I didn't know what to say," you tell him. [sam>lior]"After everything. After I just went."

Lior is quiet. He turns his wedding ring round and round, and you notice it for the first time, and something in your chest moves over to make room for the fact of it.

[lior>sam]"You could have said that," he says finally. [lior>sam]"Exactly that. I'd have taken it."

The girl from the till brings him a coffee he hasn't ordered. [hester>lior]"Usual," she says, and touches his shoulder on the way past, and he smiles up at her with his whole face.

[lior>sam]"That's Hester," he tells you. [lior>sam]"My wife. She runs this place now. She kept the sign because I asked her to."

[sam>lior]"Why would you ask her that?"

He looks at you as though you are being very slow, which you are.

[lior>sam]"So you'd know where to find us," says Lior Ben-Ami. [lior>sam]"When you came back."

[sam>lior]"I'm back," you say. It comes out smaller than you meant it to. [sam>lior]"For a while. Ma's not well. I'm here till she's better, or till she isn't."

[lior>sam]"Then you'll need somewhere to sit," says Lior, [lior>sam]"that isn't a hospital." He taps the table between you, the old table, scarred with the initials you both carved into it with a compass in the spring you were twelve. [lior>sam]"This one's free most afternoons. I'm told the hot chocolate is still terrible."

You laugh. It hurts a little, the way a limb hurts when the blood comes back into it.

Outside, the rain is stopping. You are here. You stay for a second cup.
