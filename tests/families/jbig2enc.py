"""A small JBIG2 writer for the jbig2scan family (round 34): a 1-bit page as one immediate
lossless generic region, arithmetic (MQ) coded with template 0 and the nominal adaptive pixels,
in the embedded organisation PDF's JBIG2Decode takes (ITU-T T.88 Annex D.3: segments with no
file header; page information and the region). This is the generic-region coding
scanners' and jbig2enc's non-symbol mode write. Written for propscan from T.88 (7.2 segment
headers, 7.4.6 generic region segments, 6.2.5.3 template 0 contexts, Annex E.2 the MQ encoder);
checked against two independent decoders (jbig2dec and poppler) by tests/families/README.md's
recipe.
"""
import struct

# (Qe, NMPS, NLPS, SWITCH) — T.88 Table E.1.
QE = [
    (0x5601, 1, 1, 1), (0x3401, 2, 6, 0), (0x1801, 3, 9, 0), (0x0AC1, 4, 12, 0),
    (0x0521, 5, 29, 0), (0x0221, 38, 33, 0), (0x5601, 7, 6, 1), (0x5401, 8, 14, 0),
    (0x4801, 9, 14, 0), (0x3801, 10, 14, 0), (0x3001, 11, 17, 0), (0x2401, 12, 18, 0),
    (0x1C01, 13, 20, 0), (0x1601, 29, 21, 0), (0x5601, 15, 14, 1), (0x5401, 16, 14, 0),
    (0x5101, 17, 15, 0), (0x4801, 18, 16, 0), (0x3801, 19, 17, 0), (0x3401, 20, 18, 0),
    (0x3001, 21, 19, 0), (0x2801, 22, 19, 0), (0x2401, 23, 20, 0), (0x2201, 24, 21, 0),
    (0x1C01, 25, 22, 0), (0x1801, 26, 23, 0), (0x1601, 27, 24, 0), (0x1401, 28, 25, 0),
    (0x1201, 29, 26, 0), (0x1101, 30, 27, 0), (0x0AC1, 31, 28, 0), (0x09C1, 32, 29, 0),
    (0x08A1, 33, 30, 0), (0x0521, 34, 31, 0), (0x0441, 35, 32, 0), (0x02A1, 36, 33, 0),
    (0x0221, 37, 34, 0), (0x0141, 38, 35, 0), (0x0111, 39, 36, 0), (0x0085, 40, 37, 0),
    (0x0049, 41, 38, 0), (0x0025, 42, 39, 0), (0x0015, 43, 40, 0), (0x0009, 44, 41, 0),
    (0x0005, 45, 42, 0), (0x0001, 45, 43, 0), (0x5601, 46, 46, 0),
]


class MQ:
    """The MQ arithmetic encoder of T.88 Annex E.2 (INITENC, ENCODE, FLUSH)."""

    def __init__(self, contexts):
        self.index = [0] * contexts
        self.mps = [0] * contexts
        self.a, self.c, self.ct = 0x8000, 0, 12
        self.out = bytearray([0])  # the byte before the first (B at BPST - 1), dropped at the end

    def encode(self, cx, d):
        qe, nmps, nlps, switch = QE[self.index[cx]]
        self.a -= qe
        if d == self.mps[cx]:
            if self.a & 0x8000:
                self.c += qe
                return
            if self.a < qe:
                self.a = qe
            else:
                self.c += qe
            self.index[cx] = nmps
        else:
            if self.a < qe:
                self.c += qe
            else:
                self.a = qe
            if switch:
                self.mps[cx] = 1 - self.mps[cx]
            self.index[cx] = nlps
        self.renorm()

    def renorm(self):
        while True:
            self.a = (self.a << 1) & 0xFFFF
            self.c = (self.c << 1) & 0xFFFFFFFF
            self.ct -= 1
            if self.ct == 0:
                self.byteout()
            if self.a & 0x8000:
                break

    def byteout(self):
        if self.out[-1] == 0xFF:
            self.out.append((self.c >> 20) & 0xFF)
            self.c &= 0xFFFFF
            self.ct = 7
        elif self.c < 0x8000000:
            self.out.append(self.c >> 19)
            self.c &= 0x7FFFF
            self.ct = 8
        else:
            self.out[-1] += 1
            if self.out[-1] == 0xFF:
                self.c &= 0x7FFFFFF
                self.out.append(self.c >> 20)
                self.c &= 0xFFFFF
                self.ct = 7
            else:
                self.out.append((self.c >> 19) & 0xFF)  # the carry went into the byte before
                self.c &= 0x7FFFF
                self.ct = 8

    def flush(self):
        temp = self.c + self.a
        self.c |= 0xFFFF
        if self.c >= temp:
            self.c -= 0x8000
        self.c <<= self.ct
        self.byteout()
        self.c <<= self.ct
        self.byteout()
        if self.out[-1] != 0xFF:
            self.out.append(0xFF)
        self.out.append(0xAC)
        return bytes(self.out[1:])


def generic_region(img):
    """Template 0, nominal AT pixels (3,-1) (-3,-1) (2,-2) (-2,-2), typical prediction on (a row
    equal to the one above costs one decision): the pixels of `img` (a numpy uint8 array,
    1 = black) coded by the MQ coder. The contexts depend on the pixels only, so they are formed
    for a whole row at once."""
    import numpy as np
    h, w = img.shape
    mq = MQ(1 << 16)
    p = np.zeros((h + 2, w + 8), dtype=np.uint32)
    p[2:, 4:w + 4] = img
    ltp = 0
    for y in range(h):
        r0, r1, r2 = p[y + 2], p[y + 1], p[y]
        same = int(np.array_equal(r0, r1))
        mq.encode(0x9B25, same ^ ltp)
        ltp = same
        if same:
            continue
        c = lambda r, dx: r[4 + dx:4 + dx + w]  # noqa: E731
        cx = (c(r0, -1) | c(r0, -2) << 1 | c(r0, -3) << 2 | c(r0, -4) << 3 |
              c(r1, 3) << 4 | c(r1, 2) << 5 | c(r1, 1) << 6 | c(r1, 0) << 7 |
              c(r1, -1) << 8 | c(r1, -2) << 9 | c(r1, -3) << 10 |
              c(r2, 2) << 11 | c(r2, 1) << 12 | c(r2, 0) << 13 | c(r2, -1) << 14 | c(r2, -2) << 15)
        for cxi, d in zip(cx.tolist(), r0[4:w + 4].tolist()):
            mq.encode(cxi, d)
    return mq.flush()


def segment(number, kind, data, page=1):
    """A segment header (7.2): number, type, no referred-to segments, a one-byte page
    association, the data length; then the data."""
    return struct.pack(">IBBBI", number, kind, 0, page, len(data)) + data


def embedded(img, dpi=300):
    """The JBIG2Decode stream of one page: page information (48) and an immediate lossless generic
    region (38) covering it (PDF 7.4.7: no file header, end-of-page or end-of-file segments)."""
    h, w = img.shape
    ppm = round(dpi / 0.0254)
    page_info = struct.pack(">IIIIBH", w, h, ppm, ppm, 0, 0)
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + bytes([0x08]) + \
        struct.pack(">8b", 3, -1, -3, -1, 2, -2, -2, -2) + generic_region(img)
    return segment(0, 48, page_info) + segment(1, 38, region)
