"""How it looks: the theme's colours and style sheet, icons, glyphs, how times and numbers
read, and small shared widgets."""
