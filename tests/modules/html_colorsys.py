import html, colorsys
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
tests = ["a < b && c > \"d\" 'e'", "&lt;p&gt;caf&eacute; &amp;amp; &#169; &#xA9; &#x1F600; &copy &notit; &notin; &#0; &#128; &#x110000; &#xD800; &#1; &#65535; &bogus; &AMP &ltx &#; &#x; &amp",
         "no refs", "&&&", "&frac12;&frac12 &frac1; &CounterClockwiseContourIntegral;"]
for t in tests:
    print(repr(html.escape(t)), repr(html.escape(t, quote=False)), repr(html.unescape(t)))
print(name2codepoint["eacute"], codepoint2name[0x3c], entitydefs["amp"], len(html5), html5["gt;"], len(name2codepoint))
for rgb in [(0.2, 0.4, 0.4), (1, 0, 0), (0, 0, 0), (1, 1, 1), (0.5, 0.25, 0.9), (0.1, 0.9, 0.3)]:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hls, hsv, yiq, colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv), colorsys.yiq_to_rgb(*yiq))
for h in [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]:
    print(colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.7, 0.4), colorsys.hls_to_rgb(h, 0.3, 0.4))
