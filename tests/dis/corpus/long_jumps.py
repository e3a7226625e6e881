# Long functions: jumps over more than 255 code units need EXTENDED_ARG prefixes.


def classify(code, table, out):
    for key in table:
        if key == code:
            out.append(table[key] * 2 + len(out) - 0)
            out.append(table[key] * 3 + len(out) - 1)
            out.append(table[key] * 4 + len(out) - 2)
            out.append(table[key] * 5 + len(out) - 3)
            out.append(table[key] * 6 + len(out) - 4)
            out.append(table[key] * 7 + len(out) - 5)
            out.append(table[key] * 8 + len(out) - 6)
            out.append(table[key] * 9 + len(out) - 7)
            out.append(table[key] * 10 + len(out) - 8)
            out.append(table[key] * 11 + len(out) - 9)
            out.append(table[key] * 12 + len(out) - 10)
            out.append(table[key] * 13 + len(out) - 11)
            out.append(table[key] * 14 + len(out) - 12)
            out.append(table[key] * 15 + len(out) - 13)
            out.append(table[key] * 16 + len(out) - 14)
            out.append(table[key] * 17 + len(out) - 15)
            out.append(table[key] * 18 + len(out) - 16)
            out.append(table[key] * 19 + len(out) - 17)
            out.append(table[key] * 20 + len(out) - 18)
            out.append(table[key] * 21 + len(out) - 19)
            out.append(table[key] * 22 + len(out) - 20)
            out.append(table[key] * 23 + len(out) - 21)
            out.append(table[key] * 24 + len(out) - 22)
            out.append(table[key] * 25 + len(out) - 23)
            out.append(table[key] * 26 + len(out) - 24)
            out.append(table[key] * 27 + len(out) - 25)
            out.append(table[key] * 28 + len(out) - 26)
            out.append(table[key] * 29 + len(out) - 27)
            out.append(table[key] * 30 + len(out) - 28)
            out.append(table[key] * 31 + len(out) - 29)
            out.append(table[key] * 32 + len(out) - 30)
            out.append(table[key] * 33 + len(out) - 31)
            out.append(table[key] * 34 + len(out) - 32)
            out.append(table[key] * 35 + len(out) - 33)
            out.append(table[key] * 36 + len(out) - 34)
            out.append(table[key] * 37 + len(out) - 35)
            out.append(table[key] * 38 + len(out) - 36)
            out.append(table[key] * 39 + len(out) - 37)
            out.append(table[key] * 40 + len(out) - 38)
            out.append(table[key] * 41 + len(out) - 39)
        elif key is None:
            continue
    else:
        out.clear()
    return out


def handlers(items):
    total = 0
    try:
        total += items[0] // (1 - total)
        total += items[1] // (2 - total)
        total += items[2] // (3 - total)
        total += items[3] // (4 - total)
        total += items[4] // (5 - total)
        total += items[5] // (6 - total)
        total += items[6] // (7 - total)
        total += items[7] // (8 - total)
        total += items[8] // (9 - total)
        total += items[9] // (10 - total)
        total += items[10] // (11 - total)
        total += items[11] // (12 - total)
        total += items[12] // (13 - total)
        total += items[13] // (14 - total)
        total += items[14] // (15 - total)
        total += items[15] // (16 - total)
        total += items[16] // (17 - total)
        total += items[17] // (18 - total)
        total += items[18] // (19 - total)
        total += items[19] // (20 - total)
        total += items[20] // (21 - total)
        total += items[21] // (22 - total)
        total += items[22] // (23 - total)
        total += items[23] // (24 - total)
        total += items[24] // (25 - total)
        total += items[25] // (26 - total)
        total += items[26] // (27 - total)
        total += items[27] // (28 - total)
        total += items[28] // (29 - total)
        total += items[29] // (30 - total)
    except (IndexError, ZeroDivisionError) as e:
        print("stopped:", e)
    finally:
        print(total)
    return total
