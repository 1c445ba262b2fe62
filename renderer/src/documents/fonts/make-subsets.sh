#!/bin/sh
# Re-creates the document fonts in this folder from the npm packages (run from the repository
# root after `npm ci`; needs `pyftsubset`, Debian package `fonttools`).
#
# Why subsets: the full Tinos TTFs are ~550 KB each; pdfmake re-parses every font for every
# document and the browser build inlines them. Keeping Latin, Vietnamese, punctuation and a
# few symbols (~77 KB each) halves the time to render a minutes document and makes the lazy
# PDF chunk ~10x smaller. Hinting is dropped (PDF viewers do not use it); kerning is kept.
# tests/unit/documents/fonts.test.ts checks every Vietnamese letter in every style, and every
# character of the criteria sheets and the document catalog, against these files.
set -eu
out=renderer/src/documents/fonts
tinos=node_modules/@expo-google-fonts/tinos
dejavu=node_modules/dejavu-fonts-ttf/ttf
# Basic Latin, Latin-1, Latin Extended-A/B (ơ ư), combining marks, Greek, Latin Extended
# Additional (Vietnamese ạ…ỹ), punctuation, ₫ €, letterlike, number forms, arrows, maths.
text_ranges="U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+1E00-1EFF,U+2000-206F,U+20AB,U+20AC,U+2100-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF"
for pair in "400Regular/Tinos_400Regular:Tinos-Regular" "700Bold/Tinos_700Bold:Tinos-Bold" \
  "400Regular_Italic/Tinos_400Regular_Italic:Tinos-Italic" "700Bold_Italic/Tinos_700Bold_Italic:Tinos-BoldItalic"; do
  src=${pair%%:*}
  name=${pair##*:}
  pyftsubset "$tinos/$src.ttf" --unicodes="$text_ranges" --layout-features=kern --no-hinting \
    --name-IDs='*' --name-languages='*' --output-file="$out/$name.ttf"
done
# ★ ☆ ☐ ☑ ☒ only: Times-like fonts have none of them.
pyftsubset "$dejavu/DejaVuSans.ttf" --unicodes="U+0020,U+2605,U+2606,U+2610-2612" --layout-features='' \
  --no-hinting --output-file="$out/DejaVuSans-Symbols.ttf"
cp "$tinos/LICENSE_FONT" "$out/Tinos-OFL.txt"
cp node_modules/dejavu-fonts-ttf/LICENSE "$out/DejaVu-LICENSE.txt"
