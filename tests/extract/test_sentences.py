"""Real sentences (from ../shared/corpus) with what must be read from them.

Each row: the sentence, then the expected citations in order, each a dict of the fields
checked (symbol, type, date, issuer, term, relation, ...). Fields not named are not checked.
"""
import datetime as dt

import pytest

from danchieu.extract import extract

D = dt.date

ROWS = [
    # 1. Party symbols
    ("Thực hiện Chương trình hành động số 30-CTr/TU ngày 06/6/2023 của Ban Thường vụ Thành ủy Tam Kỳ về thực hiện Nghị quyết số 29-NQ/TU",
     [{"symbol": "30-CTr/TU", "type": "Chương trình", "date": D(2023, 6, 6), "relation": "implements"},
      {"symbol": "29-NQ/TU", "relation": "cites", "clause": ("30-CTr/TU", "implements")}]),
    ("Kết luận số 01/KL-ĐCT ngày 20/8/2015 và Kết luận số 02-KL/ĐCT",
     [{"symbol": "01/KL-ĐCT", "family": "front"}, {"symbol": "02-KL/ĐCT", "type": "Kết luận"}]),
    ("Cụ thể hóa các nội dung và triển khai thực hiện có hiệu quả Công văn số 547-CV/TU ngày 17/02/2022 của Ban Thường vụ Tỉnh ủy; Hướng dẫn 14-HD/BDVTU của Ban Dân vận Tỉnh ủy",
     [{"symbol": "547-CV/TU", "type": "Công văn", "date": D(2022, 2, 17), "issuer": "Ban Thường vụ Tỉnh ủy", "relation": "implements"},
      {"symbol": "14-HD/BDVTU", "type": "Hướng dẫn", "issuer": "Ban Dân vận Tỉnh ủy", "relation": "implements"}]),
    ("- Tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ Việt Nam theo Thông báo Kết luận số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị.",
     [{"symbol": "160-TB/TW", "type": "Thông báo", "date": D(2020, 1, 15), "issuer": "Bộ Chính trị", "relation": "cites"}]),
    # 2. State and Front symbols
    ("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
     [{"symbol": "33/CT-TTg", "type": "Chỉ thị", "issuer": "Thủ tướng Chính phủ", "family": "state"}]),
    ("theo Thông tri số 36/TT-MTTW-BTT, ngày 06/5/2019 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
     [{"symbol": "36/TT-MTTW-BTT", "type": "Thông tri", "date": D(2019, 5, 6), "family": "front",
       "issuer": "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}]),
    ("Chương trình phối hợp số 09/CTrPH-MTTW-BCT, ngày 09/12/2022 giữa Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam với Bộ Công thương về đẩy mạnh Cuộc vận động",
     [{"symbol": "09/CTrPH-MTTW-BCT", "type": "Chương trình", "date": D(2022, 12, 9),
       "issuers": ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ Công Thương")}]),
    ("Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017",
     [{"symbol": "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "type": "Nghị quyết liên tịch", "year": 2017}]),
    ("Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015 và Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội",
     [{"symbol": "75/2015/QH13", "type": "Luật", "term": "XIII", "relation": "based_on"},
      {"symbol": "101/2025/UBTVQH15", "type": "Nghị quyết", "date": D(2025, 9, 26), "relation": "based_on"}]),
    ("áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ",
     [{"symbol": "66.4/2025/NQ-CP", "number": "66.4", "date": D(2025, 9, 21), "issuer": "Chính phủ"}]),
    ("(Kèm theo Kế hoạch số 0134/KH-UBND ngày 25/11/2025 của UBND tỉnh Đắk Lắk)",
     [{"symbol": "0134/KH-UBND", "number": "0134", "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk", "level": "tỉnh"}]),
    ("của Bộ Tài chính tại văn bản số 16495/BТС-PTHT ngày 22/10/2025",    # Cyrillic Т and С
     [{"symbol": "16495/BTC-PTHT", "type": "Công văn", "date": D(2025, 10, 22)}]),
    ("- Nghị định số 23/2024/NĐ-CР ngày 27/02/2024 của Chính phủ",          # Cyrillic Р
     [{"symbol": "23/2024/NĐ-CP", "type": "Nghị định"}]),
    # no type code, right after a type word (round 46): a number and year with a known issuer
    # code, a number with a type code alone; not a code glued to an unknown one, nor one going on
    ("Hội Khuyến học xã Diễn Thành triển khai kế hoạch thực hiện Quyết định 281/2014/TTg của Thủ tướng Chính phủ.",
     [{"symbol": "281/2014/TTg", "type": "Quyết định", "issuer": "Thủ tướng Chính phủ", "year": 2014}]),
    # (a quote after the symbol that closes one opened before it opens no title; review 21)
    ("2. ^ “Quyết định 1718/QĐ”. Truy cập 7 tháng 2 năm 2021. Theo Thông báo 12/TB của Sở.",
     [{"symbol": "1718/QĐ", "type": "Quyết định", "title": None}, {"symbol": "12/TB", "type": "Thông báo"}]),
    ("Quyết định 281/2014/TTg. Hội Khuyến học triển khai; về “truyền thông năm 2020”; căn cứ Hướng dẫn số "
     "115-HD/BTGTW “Tuyên truyền kỷ niệm” và",
     [{"symbol": "281/2014/TTg"}, {"symbol": "115-HD/BTGTW", "title": "Tuyên truyền kỷ niệm"}]),
    ("Thông tư số 25/2023/TTBKHĐT ngày 31/12/2023; Thông tư số 22/2010/T T-BTC; Nghị quyết số 101/2025/UBTV QH15.", []),
    # a joint rule's code, QCPH (Quy chế phối hợp; rounds 26 and 45), also with "/" after it
    ("Lãnh đạo VKSND tỉnh và Cục THADS tỉnh đã ký kết Quy chế phối hợp số 599/QCPH/VKS-CTHADS; sơ kết 03 năm thực "
     "hiện Quy chế phối hợp số 01/QCPH-VKS-TA ngày 09/4/2018",
     [{"symbol": "599/QCPH-VKS-CTHADS", "type": "Quy chế"}, {"symbol": "01/QCPH-VKS-TA", "type": "Quy chế", "date": D(2018, 4, 9)}]),
    # a number and year, then codes none of which is a known type code, after "số" (round 48);
    # not a court's case number, nor a page that lost its "Đ"
    ("Căn cứ vào Biên bản họp Hội đồng quản trị số 02/2019/BBH-HĐQT ngày 12/03/2019, Hội đồng quản trị đã nhất trí "
     "thông qua nghị quyết; vụ án dân sự thụ lý số 190/2022/TLPT-DS ngày 11/8/2022; Cn c Quyt nh s 153/2003/Q-TTg",
     [{"symbol": "02/2019/BBH-HĐQT", "date": D(2019, 3, 12), "relation": "based_on"}]),
    ("Căn cứ hồ sơ số 12/2020/HS-UBND ngày 5/3/2020; Căn cứ Quyết định 13/2020/UBND-VX của UBND tỉnh.",
     [{"symbol": "13/2020/UBND-VX"}]),
    # a typed number line after a paragraph of prose is a page's footer, not its header (round 47)
    ("Việc ra quân dọn vệ sinh, chăm sóc cây xanh đã thu hút đông đảo người dân tham gia và được khu dân cư duy trì "
     "thường xuyên vừa góp phần bảo vệ môi trường, tạo môi trường sống trong lành cho bà con khu dân cư.\n"
     "Giấy phép số: 795/GP-STTTT, ngày 15/8/2017 của Sở Thông tin và Truyền thông TP. Đà Nẵng",
     [{"symbol": "795/GP-STTTT", "date": D(2017, 8, 15)}]),
    # 3. Noise
    ("Phối hợp tổng kết 10 năm thực hiện Quyết định số 217 -QĐ/TW, ngày 12/12/2013 của Bộ Chính trị",
     [{"symbol": "217-QĐ/TW", "text": "217 -QĐ/TW", "relation": "reviews", "date": D(2013, 12, 12)}]),
    ("Kế hoạch số 102- KH/TU, ngày 23/12/2022 của Tỉnh uỷ",
     [{"symbol": "102-KH/TU", "date": D(2022, 12, 23), "issuer": "Tỉnh ủy"}]),
    ("Thực hiện Kế hoạch hành động  số 619 /KH-MTTQ-BTT ngày 02/6/2023 về Tuyên truyền",
     [{"symbol": "619/KH-MTTQ-BTT", "text": "619 /KH-MTTQ-BTT", "type": "Kế hoạch", "title": "Tuyên truyền"}]),
    ("Kế hoạch số 72-KH-TU ngày 10/12/2021 của Ban Thường vụ tỉnh ủy về thực hiện Chỉ thị số 03-CT/TW",
     [{"symbol": "72-KH/TU", "date": D(2021, 12, 10)},
      {"symbol": "03-CT/TW", "clause": ("72-KH/TU", "implements")}]),
    ("QUYẾT TOÁN NGUỒN VỐN THEO QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26/4/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ",
     [{"symbol": "22/2013/QĐ-TTg", "type": "Quyết định", "date": D(2013, 4, 26), "issuer": "Thủ tướng Chính phủ"}]),
    ("Nghị quyết số 29-NQ/TW,\nngày 17/11/2022 của Ban Chấp  hành Trung ương Đảng khoá XIII",
     [{"symbol": "29-NQ/TW", "date": D(2022, 11, 17), "issuer": "Ban Chấp hành Trung ương Đảng", "term": "XIII"}]),
    ("theo Kết luận số 123-KL/TW[1] ngày 24/01/2025 của Ban Chấp hành Trung ương",
     [{"symbol": "123-KL/TW", "date": D(2025, 1, 24)}]),
    ("Nghị định số 144/2021/NĐ- CP ngày 31/12/2021 của Chính phủ",
     [{"symbol": "144/2021/NĐ-CP", "date": D(2021, 12, 31)}]),
    # a space after a hyphen between issuer codes; codes joined by "&"; "/" after the type code
    ("Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 02/TTr-CAT- ANCTNB ngày 03 tháng 02 năm 2023.",
     [{"symbol": "02/TTr-CAT-ANCTNB", "text": "02/TTr-CAT- ANCTNB", "date": D(2023, 2, 3)}]),
    ("Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát",
     [{"symbol": "15972/SXD-QLN&TTBĐS", "date": D(2025, 11, 14)}]),
    ("Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN ngày 26 tháng 9 năm 2025 giữa Ủy ban Thường vụ Quốc hội",
     [{"symbol": "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "date": D(2025, 9, 26), "relation": "based_on"}]),
    # a Party symbol written the state's way is the Party symbol
    ("quán triệt Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương đảng khóa XIII về tiếp tục xây dựng",
     [{"symbol": "27-NQ/TW", "family": "party", "date": D(2022, 11, 9), "term": "XIII"}]),
    # a letter with one issuer code, after "Công văn số" (elsewhere "12/UBND" is not read)
    ("Bộ GDĐT đã ban hành Công văn số 6006/BGDĐT ngày 29/9/2025 hướng dẫn triển khai thí điểm văn bằng số năm 2025",
     [{"symbol": "6006/BGDĐT", "type": "Công văn", "date": D(2025, 9, 29), "issuer": "Bộ Giáo dục và Đào tạo"}]),
    ("Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công ty; tỷ lệ 12/UBND", []),
    # the hyphen between type and issuer codes lost (OCR): split only before a known issuer code
    ("Căn cứ Nghị định số 75/2017/NĐCP ngày 20/6/2017 của Chính phủ quy định chức năng",
     [{"symbol": "75/2017/NĐ-CP", "type": "Nghị định", "date": D(2017, 6, 20), "relation": "based_on"}]),
    ("mã hồ sơ 12/2019/TTBTCX và biểu 3/2020/ABCD", []),
    # a Party symbol whose hyphen OCR lost, or turned into a space, after a type word and number
    ("Thực hiện Kế hoạch số 298 KH/TWĐTN ngày 05/3/2020 của Ban Bí thư Trung ương Đoàn về",
     [{"symbol": "298-KH/TWĐTN", "text": "298 KH/TWĐTN", "type": "Kế hoạch", "date": D(2020, 3, 5),
       "relation": "implements"}]),
    ("quán triệt Nghị quyết 20NQ/TW ngày 16/9/2021 của Hội nghị Trung ương 4",
     [{"symbol": "20-NQ/TW", "text": "20NQ/TW", "date": D(2021, 9, 16)}]),
    ("Kế hoạch 5 năm 2021 - 2025; theo Kế hoạch 2025 KH/TU", []),
    # a state symbol whose slash became a space, after a type word and number (held-out round 32)
    ("Thực hiện Quyết định số 733 QĐ-UBND ngày 12/3/2020 của UBND tỉnh về việc phê duyệt đề án",
     [{"symbol": "733/QĐ-UBND", "text": "733 QĐ-UBND", "date": D(2020, 3, 12), "relation": "implements"}]),
    ("Thực hiện Kế hoạch số 12 KH-TU ngày 2/3/2021 của Tỉnh ủy", [{"symbol": "12-KH/TU", "family": "party"}]),
    ("trong năm 2020 có 12 QĐ-UBND được ban hành; Kế hoạch 5 năm 2021 - 2025", []),
    # an issuer code with a lower-case letter inside, a space after the hyphen before it, and a
    # Tờ trình with one issuer code (from the third fresh check)
    ("Căn cứ Công văn số 1635/SGDĐT- GDTrH ngày 27/8/2014 của Sở Giáo dục và Đào tạo Nghệ An; "
     "Công văn số 4099/BGDĐT-GDTrH ngày 05/8/2014 của Bộ Giáo dục và Đào tạo",
     [{"symbol": "1635/SGDĐT-GDTrH", "date": D(2014, 8, 27)},
      {"symbol": "4099/BGDĐT-GDTrH", "date": D(2014, 8, 5), "issuer": "Bộ Giáo dục và Đào tạo"}]),
    ("Xét đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 126/SKHĐT ngày 23/01/2007,",
     [{"symbol": "126/SKHĐT", "type": "Tờ trình", "date": D(2007, 1, 23)}]),
    ("Công văn số 5973/UBND-Kinh tế", []),
    # a page set in lower case (third fresh check)
    ("thực hiện kết luận số 01-kl/tw ngày 18/5/2021 của bộ chính trị về tiếp tục thực hiện chỉ thị số 05-ct/tw",
     [{"symbol": "01-KL/TW", "type": "Kết luận", "date": D(2021, 5, 18), "relation": "implements"},
      {"symbol": "05-CT/TW", "type": "Chỉ thị", "clause": ("01-KL/TW", "implements")}]),
    ("mã 5-ab/tw, lớp 10-a/tu", []),
    # from the fourth fresh check: "số" (or its "s") glued to the number by OCR; a date glued
    # to the issuer code; a type word with "số" before one issuer code; an old "118/TTg"
    ("Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ; Nghị định số48/2013/NĐ-CP",
     [{"symbol": "20/2008/NĐ-CP", "text": "20/2008/NĐ-CP", "date": D(2008, 2, 14), "relation": "based_on"},
      {"symbol": "48/2013/NĐ-CP", "type": "Nghị định", "relation": "based_on"}]),
    ("kèm theo Ts20/2008/NĐ-CP và Ks12/2020/NĐ-CP", []),
    ("Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Bộ Chính trị",
     [{"symbol": "70-TB/TW", "text": "70-TB/TW", "date": D(2012, 1, 6), "issuer": "Bộ Chính trị"}]),
    ("Hội Nông dân tỉnh triển khai thực hiện Đề án số 24/HNDTW ngày 23/6/2016 của Ban Thường vụ",
     [{"symbol": "24/HNDTW", "type": "Đề án", "date": D(2016, 6, 23), "relation": "implements"}]),
    ("Căn cứ Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ về hỗ trợ người có công",
     [{"symbol": "118/TTg", "type": "Quyết định", "date": D(1996, 2, 27), "issuer": "Thủ tướng Chính phủ"}]),
    # (a Party committee's number after a type word is read: the twenty-third fresh check; one
    # issuer code after a type word without "số" too, since round 46: "Quyết định 1718/QĐ")
    ("theo Kế hoạch số 5/TU; Đề án 24/HNDTW; tỷ lệ 45/UBND",
     [{"symbol": "5/TU", "type": "Kế hoạch"}, {"symbol": "24/HNDTW", "type": "Đề án"}]),
    # a new line opening with "Ngày …" dates its own sentence, not the symbol ending the line
    # before (corpus 095); a title in capitals wrapped before its date keeps it (corpus 067)
    ("KẾT LUẬN CỦA BAN CHỈ ĐẠO VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, Ban Chỉ đạo họp",
     [{"symbol": "66-NQ/TW", "date": None}]),
    ("BÃI BỎ QUYẾT ĐỊNH SỐ 07/2022/QĐ-UBND\nNGÀY 17 THÁNG 02 NĂM 2022 CỦA ỦY BAN NHÂN DÂN TỈNH",
     [{"symbol": "07/2022/QĐ-UBND", "date": D(2022, 2, 17)}]),
    # a title in capitals wrapped by its header goes on past the line break (corpus 095), but
    # not into the line naming who decides (corpus 046)
    ("TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ VỀ ĐỔI MỚI\n"
     "CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT\nNgày 28 tháng 11 năm 2025, tại Trụ sở",
     [{"symbol": "66-NQ/TW", "date": D(2025, 4, 30), "title": "ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT"}]),
    ("THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19/7/2017 CỦA BAN BÍ THƯ VỀ TIẾP TỤC TĂNG CƯỜNG\n"
     "SỰ LÃNH ĐẠO CỦA ĐẢNG\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật",
     [{"symbol": "14-CT/TW", "title": "TIẾP TỤC TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG"}]),
    ("Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh\nCÔNG NGHIỆP HÓA", [{"symbol": "29-NQ/TW", "title": "Tiếp tục đẩy mạnh"}]),
    # a document speaks only of earlier ones: a clause read as 48/2013 amending 92/2017 (a
    # second item of the list) is left out (corpus 071)
    ("Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ về việc sửa đổi, bổ sung một số điều của các "
     "Nghị định liên quan đến kiểm soát thủ tục hành chính và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của "
     "Chính phủ sửa đổi, bổ sung một số điều",
     [{"symbol": "48/2013/NĐ-CP", "clause": None}, {"symbol": "92/2017/NĐ-CP", "clause": None}]),
    ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW "
     "ngày 15/5/2016 của Bộ Chính trị",
     [{"symbol": "01-KL/TW"}, {"symbol": "05-CT/TW", "clause": ("01-KL/TW", "implements")}]),
    # from the fifth fresh check: a state symbol whose separators were lost; one issuer code
    # after "Nghị định số" (old decrees); a short form followed by a dash and words
    ("Thủ tướng Chính phủ ban hành Quyết định số 800QĐ/TTg về việc phê duyệt",
     [{"symbol": "800/QĐ-TTg", "text": "800QĐ/TTg", "family": "state", "type": "Quyết định"}]),
    ("Thủ tướng Chính phủ ban hành Nghị định số 100/TTg về việc thống nhất",
     [{"symbol": "100/TTg", "type": "Nghị định"}]),
    ("Nghị quyết số 68-NQ/TW của Bộ Chính trị. Triển khai Nghị quyết 66, Nghị quyết 68 -\nGiảm 30% thủ tục",
     [{"symbol": "68-NQ/TW"}, {"symbol": None, "short": True},
      {"symbol": "68-NQ/TW", "short": True, "resolved_from": 14}]),
    ("Nghị quyết 29 - NQ/TW và Kế hoạch 12 -KH/TU", [{"symbol": "29-NQ/TW"}, {"symbol": "12-KH/TU"}]),
    # a list of symbols whose hyphens were lost, sharing one issuer (fifth fresh check)
    ("Quán triệt Quyết định 217 QĐ/TW, 218 QĐ/TW của Bộ chính trị (khóa XI)",
     [{"symbol": "217-QĐ/TW", "issuer": "Bộ Chính trị", "term": "XI"},
      {"symbol": "218-QĐ/TW", "text": "218 QĐ/TW", "issuer": "Bộ Chính trị", "term": "XI"}]),
    # a law of the 8th National Assembly: one digit after QH (its term was read from the last
    # two characters, and "H8" stopped the whole text)
    ("Căn cứ Luật số 12/1989/QH8 ngày 30/6/1989 và Luật số 80/2015/QH13",
     [{"symbol": "12/1989/QH8", "term": "VIII"}, {"symbol": "80/2015/QH13", "term": "XIII"}]),
    # "liên Bộ A - Bộ B – Bộ C": every party of a joint circular (corpus 037)
    ("Thông tư liên tịch số 21/2008/TTLT-BLĐTBXH-BTC ngày 26/02/2008 của liên Bộ Quốc phòng - Bộ Lao động "
     "– Thương binh và Xã hội – Bộ Tài chính sửa đổi, bổ sung",
     [{"symbol": "21/2008/TTLT-BLĐTBXH-BTC", "issuer": "Bộ Quốc phòng", "date": D(2008, 2, 26),
       "issuers": ("Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính")}]),
    # 4. With and without "số"; type word in any case
    ("theo tinh thần thông tư 124/TT-BCA của Bộ công an.",
     [{"symbol": "124/TT-BCA", "type": "Thông tư", "issuer": "Bộ Công an"}]),
    ("thực hiện Chỉ thị 48-CT/TW của Bộ Chính trị",
     [{"symbol": "48-CT/TW", "type": "Chỉ thị", "issuer": "Bộ Chính trị"}]),
    # 5. Lists sharing one symbol or date
    ("Tiếp tục thực hiện Quyết định số 217, 218-QĐ/TW của Bộ Chính trị",
     [{"symbol": "217-QĐ/TW", "text": "217", "issuer": "Bộ Chính trị", "relation": "implements"},
      {"symbol": "218-QĐ/TW", "issuer": "Bộ Chính trị", "relation": "implements"}]),
    ("Lưu ý: Căn cứ Quy định 377 của Bộ Chính trị, các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư",
     [{"symbol": None, "short": True},
      {"symbol": "187-KL/TW", "date": D(2025, 8, 29)}, {"symbol": "188-KL/TW", "date": D(2025, 8, 29)}]),
    ("Xét đề nghị của Chính phủ tại Tờ trình số 370/TTr-CP và Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025, Báo cáo thẩm tra",
     [{"symbol": "370/TTr-CP", "type": "Tờ trình", "date": D(2025, 5, 9)},
      {"symbol": "371/ĐA-CP", "type": "Đề án", "date": D(2025, 5, 9)}]),
    ("theo quy định tại Khoản 1 Điều 4 của Quyết định số 22/2013/QĐ-TTg và Thông tư số 98/2013/TT-BTC ngày 24 tháng 7 năm 2013 của Bộ Tài chính.",
     [{"symbol": "22/2013/QĐ-TTg", "date": None, "issuer": "Thủ tướng Chính phủ"},     # another body's date is not its own
      {"symbol": "98/2013/TT-BTC", "date": D(2013, 7, 24), "issuer": "Bộ Tài chính"}]),
    # 6. Short forms and aliases
    # with a year and no codes (sixth fresh check): that year's citation only, else unresolved
    ("Thông tư 68/2025 của Bộ Quốc phòng sửa đổi, bổ sung một số điều của Thông tư số 148/2018 của Bộ trưởng Bộ Quốc phòng.",
     [{"text": "Thông tư 68/2025", "symbol": None, "year": 2025, "number": "68"},
      {"text": "Thông tư số 148/2018", "symbol": None, "year": 2018}]),
    ("Căn cứ Thông tư số 148/2018/TT-BQP ngày 04/10/2018 của Bộ trưởng Bộ Quốc phòng. Sửa đổi Thông tư số 148/2018 "
     "và Thông tư 148/2017.",
     [{"symbol": "148/2018/TT-BQP"}, {"text": "Thông tư số 148/2018", "symbol": "148/2018/TT-BQP", "resolved_from": 19},
      {"text": "Thông tư 148/2017", "symbol": None, "year": 2017}]),
    # a space for the "/" after the year (corpus 004): read as the full symbol
    ("Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025. Chương II Nghị quyết liên "
     "tịch số 102/2025 NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN.",
     [{"symbol": "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "date": D(2025, 9, 26)},
      {"text": "102/2025 NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "symbol": "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
       "short": False}]),
    ("Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận (Kết luận số 114); Chỉ thị số 33/CT-TTg",
     [{"symbol": "114-KL/TW", "short": False}, {"symbol": "114-KL/TW", "short": True, "resolved_from": 12, "date": None},
      {"symbol": "33/CT-TTg"}]),
    ("Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp quản lý cán bộ (sau đây gọi tắt là Quy định 377); Ban Tổ chức Trung ương hướng dẫn một số nội dung cụ thể nêu tại Quy định 377 như sau",
     [{"symbol": "377-QĐ/TW", "type": "Quy định"}, {"symbol": "377-QĐ/TW", "short": True, "resolved_from": 12},
      {"symbol": "377-QĐ/TW", "short": True, "resolved_from": 12}]),
    ("Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Sau đó, Quyết định số 217 được sửa đổi",
     [{"symbol": "217-QĐ/TW"}, {"symbol": "217-QĐ/TW", "short": True, "type": "Quyết định"}]),
    ("quán triệt Quy định 124 và Nghị quyết số 57",
     [{"symbol": None, "short": True, "type": "Quy định", "number": "124"},
      {"symbol": None, "short": True, "type": "Nghị quyết", "number": "57"}]),
    # an abbreviation glued to the number (round 42; corpus 083, 090): a short form when a full
    # citation of the text gives it a symbol, else nothing (a model, a code); never a part of
    # a longer code or of a symbol
    ("Thông tư 200/2014/TT – BTC (viết tắt là TT200) thay thế QĐ15/2006/BTC, một số khuyến nghị đối với hướng dẫn "
     "theo TT200 nhằm giúp doanh nghiệp. Kế toán doanh thu bán hàng theo TT200",
     [{"symbol": "200/2014/TT-BTC", "short": False},
      {"text": "TT200", "symbol": "200/2014/TT-BTC", "short": True, "type": "Thông tư", "resolved_from": 9},
      # a type code glued before a number and year with a known issuer code (round 42); the act
      # after the alias is the Thông tư's (review 23)
      {"text": "15/2006/BTC", "symbol": "15/2006/BTC", "type": "Quyết định", "relation": "cites",
       "clause": ("200/2014/TT-BTC", "replaces")},
      {"text": "TT200", "symbol": "200/2014/TT-BTC", "short": True, "resolved_from": 9},
      {"text": "TT200", "symbol": "200/2014/TT-BTC", "short": True, "resolved_from": 9}]),
    ("Tiền thân của Công ty CP Sông Đà 25 là công ty xây lắp công nghiệp Thanh Hoá, được thành lập theo "
     "Quyết định số 1268 TC/UB-TH ngày 08/12/1971 của UBND tỉnh Thanh Hoá.",
     # a space for the slash before codes the tables lack (round 52); UB is the older code of an
     # Ủy ban nhân dân, so the Party shape around it is the state's
     [{"text": "1268 TC/UB-TH", "symbol": "1268/TC-UB-TH", "type": "Quyết định", "date": D(1971, 12, 8),
       "issuer": "Ủy ban nhân dân tỉnh Thanh Hóa"}]),
    ("Ngày 02/6/1984 có Quyết định số 713-TC/UB của UBND tỉnh; Quyết định số 1380 QĐ/UB-QN.",
     [{"symbol": "713/TC-UB"}, {"text": "1380 QĐ/UB-QN", "symbol": "1380/QĐ-UB-QN"}]),
    ("01  Công văn số 16/1999/khxx ngày 01/02/1999 của tòa án nhân dân tối cao giải đáp về một số vấn đề về hình sự",
     # a number and year with one code the tables lack, in lower case, after "Công văn số" (round 52)
     [{"text": "16/1999/khxx", "symbol": "16/1999/KHXX", "type": "Công văn", "date": D(1999, 2, 1),
       "issuer": "Tòa án nhân dân tối cao"}]),
    ("Theo QĐ 15/2006/BTC của Bộ Tài chính; Quyết định số 16/2006/abc; số 17/2006/KHXX; Quyết định 19/2006/KHXX; "
     "Quyết định số 20/2006/K",
     # with "QĐ" before it; without "số", or with no type word, or with one letter, or in lower
     # case with no date after it, a number, year and one unknown code is no citation
     [{"text": "15/2006/BTC", "symbol": "15/2006/BTC", "type": "Quyết định"}]),
    ("Phòng GD&ĐT thành phố Buôn Ma Thuột có tờ trình số 30/TT-PGD, ngày 29 tháng 4 năm 2004 về việc đổi tên trường",
     # the word says Tờ trình where the code TT alone would be a Thông tư (round 46)
     [{"symbol": "30/TT-PGD", "type": "Tờ trình", "date": D(2004, 4, 29)}]),
    ("Ngày 04/3/1959 Chủ tịch nước đã ký sắc lệnh 016-SL thành lập Ủy ban khoa học Nhà nước",
     # a President's decree of the old form (round 53)
     [{"text": "016-SL", "symbol": "016-SL", "type": "Sắc lệnh", "date": D(1959, 3, 4)}]),
    ("Căn cứ Sắc lệnh số 102/SL/L004 ngày 20 tháng 5 năm 1957 ban hành Luật quy định quyền lập hội",
     [{"symbol": "102/SL-L004", "type": "Sắc lệnh", "date": D(1957, 5, 20), "relation": "based_on"}]),
    ("Thực hiện Nghị định số 143/CP\nngày 22/11/1981 của Hội đồng Bộ trưởng và Thông tư số 08/TT ngày 06/1/1982 của\n"
     "Bộ Tư pháp, ngày 17/02/1982 UBND tỉnh Quyết định thành lập Sở Tư pháp",
     # a second date after a comma opens the next clause: the first stands (round 53)
     [{"symbol": "143/CP", "date": D(1981, 11, 22)}, {"symbol": "08/TT", "date": D(1982, 1, 6)}]),
    ("Thực hiện Thông tư số 08/2015/TT-BTP ngày 06/01/2015, ngày 17/02/2015 UBND tỉnh Quyết định thành lập Sở.",
     [{"symbol": "08/2015/TT-BTP", "date": D(2015, 1, 6)}]),
    ("được thành lập lại theo Quyết định số 125 QĐ/ UBND ngày 29/11/ 1993 của Chủ tịch UBND tỉnh Thừa Thiên- Huế, "
     "Quyết định số 979 QĐ /UB ngày 16/4/2003 và NĐ 388- HĐBT ngày 20/11/ 1991 của Hội đồng Bộ trưởng",
     # spaces by the slash of a Party-shaped symbol around a state code; a spaced hyphen in an
     # older state symbol (round 54)
     [{"text": "125 QĐ/ UBND", "symbol": "125/QĐ-UBND", "date": D(1993, 11, 29)},
      {"text": "979 QĐ /UB", "symbol": "979/QĐ-UB", "date": D(2003, 4, 16)},
      {"text": "388- HĐBT", "symbol": "388-HĐBT", "type": "Nghị định", "date": D(1991, 11, 20)}]),
    ("Công ty mía đường Cần Thơ được thành lập theo quyết định số 2232/QĐ.CT.HC.95 ngày 15/11/1995 do chủ tịch UBND "
     "tỉnh cần Thơ ban hành.",
     # a unit's two digits after the dots (round 54)
     [{"text": "2232/QĐ.CT.HC.95", "symbol": "2232/QĐ-CT-HC-95", "date": D(1995, 11, 15)}]),
    ("- Tiếp tục triển khai công văn số 09/KH - LĐLĐ thành phố Sầm Sơn ngày 16/3/2020: nội dung\n"
     "- Triển khai và thực hiện công văn số 13/LĐLĐ thành phố Sầm Sơn ngày 0/4/2020 về việc thực hiện Chỉ thị "
     "16/CT-TTg của Thủ tướng",
     # the place named after the issuer's code, then the date and the title (round 54); an
     # impossible date ("0/4/2020") is none
     [{"symbol": "09/KH-LĐLĐ", "date": D(2020, 3, 16)}, {"symbol": "13/LĐLĐ", "date": None},
      {"symbol": "16/CT-TTg", "clause": ("13/LĐLĐ", "implements")}]),
    ("Kế hoạch 07/KH-UBND huyện về việc tổ chức ngày hội ngày 5/5/2020",
     [{"symbol": "07/KH-UBND", "date": None}]),
    ("yêu cầu của Nghị định số 13/2023/NĐ-CP của Chính phủ Việt Nam ban hành ngày 17 tháng 4 năm 2023 về bảo vệ dữ "
     "liệu cá nhân (“Nghị Định 13”).",
     # the country after a national body (round 54)
     [{"symbol": "13/2023/NĐ-CP", "date": D(2023, 4, 17), "issuer": "Chính phủ"},
      {"text": "Nghị Định 13", "symbol": "13/2023/NĐ-CP"}]),
    ("So sánh thông tư số 133/2016/TT-BTC và QĐ 48/2006/QĐ-BTC. Thông tư số 133/2016/TT-BTC ra đời, thay thế cho "
     "Quyết định 48/2006/BTC từ ngày 1/1/2017. Theo những mẫu quy định trong Quyết định 48.",
     # a number, year and issuer code without the type code stand for the symbol the text
     # writes whole (round 54); a Thông tư of that number is another document
     [{"symbol": "133/2016/TT-BTC"}, {"symbol": "48/2006/QĐ-BTC"}, {"symbol": "133/2016/TT-BTC"},
      {"text": "48/2006/BTC", "symbol": "48/2006/QĐ-BTC"}, {"text": "Quyết định 48", "symbol": "48/2006/QĐ-BTC"}]),
    ("Thông tư 48/2006/BTC và Quyết định 48/2006/QĐ-BTC.",
     [{"symbol": "48/2006/BTC", "type": "Thông tư"}, {"symbol": "48/2006/QĐ-BTC"}]),
    ("Ngày 30/12/1993, Bộ trưởng Bộ Nông nghiệp và Công nghiệp thực phẩm ban hành Quyết định số 747/NN-TCCB/QĐ "
     "quy định chức năng, nhiệm vụ; Thông tư số 08/TCCB/TT ngày 5/1/1990",
     # the type code last, after the ministry's codes (round 55), written in that order
     [{"text": "747/NN-TCCB/QĐ", "symbol": "747/NN-TCCB/QĐ", "type": "Quyết định", "date": D(1993, 12, 30),
       "family": "state"},
      {"symbol": "08/TCCB/TT", "type": "Thông tư", "date": D(1990, 1, 5)}]),
    ("Ngày 13/11/1995, Chi nhánh V chính thức được thành lập theo Quyết định số 890 QĐ/TCCBLĐ của Bộ trưởng Bộ Thủy "
     "sản; Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế; Quyết định số 891-QĐ/BTGTU của Ban "
     "Tuyên giáo Tỉnh ủy",
     # a Party shape around a code no table knows, of a state body the text names, is that
     # body's symbol (round 55); not a ministry's older shape, its type code last; nor a Party body's
     [{"text": "890 QĐ/TCCBLĐ", "symbol": "890/QĐ-TCCBLĐ", "family": "state", "issuer": "Bộ Thủy sản"},
      {"symbol": "37-BYT/QĐ", "issuer": "Bộ Y tế"}, {"symbol": "891-QĐ/BTGTU", "family": "party"}]),
    ("Sở được thành lập tại Quyết định số: 01/QĐ-UB ngày 01 tháng 01 năm 2004 của UBND Lâm thời tỉnh Lai Châu.",
     # the provisional committee (round 55)
     [{"symbol": "01/QĐ-UB", "issuer": "Ủy ban nhân dân tỉnh Lai Châu", "date": D(2004, 1, 1)}]),
    ("Ngày 21 tháng 01 năm 1998 ủy ban nhân dân thành phố Hải Phòng ký Quyết định số 135 QĐ/UB-ĐMDN về việc đổi "
     "tên Xí nghiệp quản lý khai thác công trình thủy lợi Tiên Lãng.",
     # a body in lower case between the date and the verb (round 56)
     [{"symbol": "135/QĐ-UB-ĐMDN", "date": D(1998, 1, 21), "issuer": "Ủy ban nhân dân thành phố Hải Phòng"}]),
    ("UBND tỉnh Bến Tre căn cứ vào Quyết định thay thế Quyết định số 37/2014/QĐ-TTg ngày 18/6/2014 của Thủ tướng "
     "Chính phủ. Bộ Tài chính chưa ban hành Thông tư sửa đổi, bổ sung Thông tư số 44/2022/TT-BTC. Chính phủ ban "
     "hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP.",
     # an act of a document named by its type word alone, inside a sentence, is another's (round
     # 56), and one not issued yet; the enacting words are the text's own
     [{"symbol": "37/2014/QĐ-TTg", "relation": "cites"}, {"symbol": "44/2022/TT-BTC", "relation": "cites"},
      {"symbol": "63/2010/NĐ-CP", "relation": "amends"}]),
    ("Trước tình hình đó, ngày 19/4/1957 Chủ tịch Hồ Chí Minh đã ký sắc luật số 001-SL và Thủ tướng Chính phủ. "
     "Sắc luật số 002/SLt ngày 1/5/1957; Sắc lệnh số 61/SL ngày 5/4/1946.",
     # law-decrees and the slashed decrees of 1946 (round 57)
     [{"symbol": "001-SL", "type": "Sắc luật", "date": D(1957, 4, 19)},
      {"symbol": "002/SLt", "type": "Sắc luật", "date": D(1957, 5, 1)},
      {"symbol": "61/SL", "type": "Sắc lệnh", "date": D(1946, 4, 5)}]),
    ("7. Ngày 14 tháng 10 năm 1975 Ủy ban Thường vụ Quốc hội ra Nghị quyết số 21-NQ/QHK6 thành lập Tổng cục. "
     "Nghị quyết số 504-NQ/TVQH.",
     # the National Assembly's older codes in the Party shape are its own symbols (round 57)
     [{"symbol": "21/NQ-QHK6", "family": "assembly", "date": D(1975, 10, 14)},
      {"symbol": "504/NQ-TVQH", "family": "assembly"}]),
    ("Đến ngày 28/6/1965, UBND tỉnh Nam Hà ra Quyết định số 192/QĐ hợp nhất 2 Chi cục. Sở Khí tượng (ngày 17/12/2019 "
     "Thủ tướng Chính phủ ban hành Quyết định số 1821/QĐ-TTg lấy ngày 03 tháng 10 hằng năm).",
     # a date after "(" opens a clause (round 57)
     [{"symbol": "192/QĐ", "date": D(1965, 6, 28)}, {"symbol": "1821/QĐ-TTg", "date": D(2019, 12, 17)}]),
    ("ngày 07/01/2016 Văn phòng Chính phủ đã có Văn bản số 33/VPCP-ĐMDN về việc tái cơ cấu CTCP xi măng Hạ Long và "
     "ngày 20/01/2016 Bộ xây dựng cũng đã có Quyết định số 66/QĐ-BXD về việc chuyển giao quyền đại diện chủ sở hữu.",
     # "và ngày …" opens the next clause: its date, and the title before it stops (round 58)
     [{"symbol": "33/VPCP-ĐMDN", "date": D(2016, 1, 7), "title": "Tái cơ cấu CTCP xi măng Hạ Long"},
      {"symbol": "66/QĐ-BXD", "date": D(2016, 1, 20), "clause": None}]),
    ("Văn phòng Chính phủ có Văn bản số 33/VPCP-ĐMDN về việc tái cơ cấu công ty và Bộ Xây dựng có Quyết định số "
     "66/QĐ-BXD.",
     [{"symbol": "33/VPCP-ĐMDN", "title": "Tái cơ cấu công ty"}, {"symbol": "66/QĐ-BXD", "clause": None}]),
    ("Quyết định này thay quyết định số 31/2001/QĐ-BGD&ĐT ngày 30 tháng 7 năm2001 của bộ trưởng Bộ giáo dục. Quyết "
     "định có hiệu lực kể từ ngày ký và thay Quyết định số 12/2001/QĐ-UBND. Ông A thay Quyết định số 13/QĐ-UBND.",
     # "thay" alone after the text naming itself or "và" (round 58)
     [{"symbol": "31/2001/QĐ-BGD&ĐT", "relation": "replaces", "date": D(2001, 7, 30)},
      {"symbol": "12/2001/QĐ-UBND", "relation": "replaces"}, {"symbol": "13/QĐ-UBND", "relation": "cites"}]),
    ("BHXH tỉnh Nghệ An vừa ban hành Công văn số 1604/BHXH-QLT ngày 06/10/2017 gửi Thủ trưởng các đơn vị sử dụng "
     "lao động về việc triển khai thực hiện Quyết định số 595/QĐ-BHXH ngày 14/04/2017 của Tổng Giám đốc BHXH Việt Nam.",
     # whom a letter was sent to stands before its title (round 59)
     [{"symbol": "1604/BHXH-QLT", "date": D(2017, 10, 6), "title": "Triển khai thực hiện Quyết định số 595/QĐ-BHXH"},
      {"symbol": "595/QĐ-BHXH", "relation": "cites", "clause": ("1604/BHXH-QLT", "implements")}]),
    ("Bộ Y tế đã có Công văn số 78/DP-DT ngày 22/01/2016 gửi các Viện Vệ sinh Dịch tễ, Viện Pasteur.",
     [{"symbol": "78/DP-DT", "title": None}]),
    ("Căn cứ thông tư số 11/2014/TT-BGD ĐT ngày 18/4/2014 của Bộ trưởng Bộ giáo dục và Đào tạo; Thông tư "
     "05/2018/TT-BGDĐT ngày 28/02/2018 về việc sửa đổi, bổ sung Điều 7 Thông tư số 11/2014-BGDĐT ngày 18/4/2014; "
     "Thông tư số 32/2015-BGDĐT ngày 16/12/2015 về xác định chỉ tiêu tuyển sinh; "
     "trường được thành lập theo Nghị định số 1110/GD/PC/NĐ ngày 30/7/1965 của Bộ Văn hóa - Giáo dục.",
     # a space inside a known code; a hyphen for the slash after the year; three codes split by
     # "/", the type code last (round 60)
     [{"text": "11/2014/TT-BGD ĐT", "symbol": "11/2014/TT-BGDĐT", "date": D(2014, 4, 18), "relation": "based_on"},
      {"symbol": "05/2018/TT-BGDĐT"},
      # (the symbol the text writes whole: 11/2014/TT-BGDĐT)
      {"text": "11/2014-BGDĐT", "symbol": "11/2014/TT-BGDĐT", "type": "Thông tư", "date": D(2014, 4, 18),
       "clause": ("05/2018/TT-BGDĐT", "amends")},
      {"text": "32/2015-BGDĐT", "symbol": "32/2015-BGDĐT", "date": D(2015, 12, 16)},
      {"symbol": "1110/GD/PC/NĐ", "type": "Nghị định", "date": D(1965, 7, 30)}]),
    ("Bệnh viện A Thái Nguyên được thành lập vào ngày 31/12/1965 theo QĐ số 657/TCDC của Ủy ban hành chính tỉnh "
     "Bắc Thái. Công văn số 45/SGDĐT-VP ngày 5/3/2020 của Sở Giáo dục và Đào tạo V/v tuyên truyền Kỷ niệm 130 năm.",
     # "QĐ số" before a number and one code (round 62); "V/v" opens the title, it names no place
     [{"text": "657/TCDC", "symbol": "657/TCDC", "type": "Quyết định"},
      {"symbol": "45/SGDĐT-VP", "issuer": "Sở Giáo dục và Đào tạo", "title": "Tuyên truyền Kỷ niệm 130 năm"}]),
    ("Nội dung Số hiệu Ngày ban hành\nChỉ số giá xây dựng tỉnh Bến Tre quý 4 năm 2019 160/QĐ-SXD 20/2/2020\n"
     "Chỉ số giá quý 3 161/QĐ-SXD\t5/11/2019\nQuyết định số 12/QĐ-UBND 3/4 số hộ nghèo",
     # a date in figures right after the symbol, in a table's columns (round 61); not a fraction
     [{"symbol": "160/QĐ-SXD", "date": D(2020, 2, 20)}, {"symbol": "161/QĐ-SXD", "date": D(2019, 11, 5)},
      {"symbol": "12/QĐ-UBND", "date": None}]),
    ("UBND tỉnh ngày 20/7/2004 đã ban hành Quyết định số 159/2004/QĐ-UBND. Đoàn kiểm tra làm việc tại UBND huyện "
     "ngày 21/7/2004 đã có Kết luận số 12/KL-ĐKT. HĐND tỉnh đã thông qua Tờ trình số 13/TTr-UBND.",
     # the date between the body and its verb (round 61); not a body named as a place (review
     # 25); "thông qua" is no issuing verb: what a council passes another body wrote
     [{"symbol": "159/2004/QĐ-UBND", "date": D(2004, 7, 20)}, {"symbol": "12/KL-ĐKT", "date": None, "issuer": None},
      {"symbol": "13/TTr-UBND", "issuer": "Ủy ban nhân dân"}]),
    # Review 25: a bare date only where the line, the cell or the name ends after it
    ("Ngày 5/3/2020, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND 20/3/2020 là hạn chót. Quyết định 14/QĐ-UBND, "
     "20/2/2020 UBND tỉnh tổ chức hội nghị. Quyết định 15/QĐ-UBND 1/1/2020 - 31/12/2020 áp dụng. Nghị định số "
     "142/2007/NĐ-CP 05/9/2007 của Chính phủ.",
     [{"symbol": "12/QĐ-UBND", "date": D(2020, 3, 5)}, {"symbol": "14/QĐ-UBND", "date": None},
      {"symbol": "15/QĐ-UBND", "date": None}, {"symbol": "142/2007/NĐ-CP", "date": D(2007, 9, 5)}]),
    ("Công văn số 786/QH-UBTVQH14 của Ủy ban thường vụ Quốc hội. Công văn số 12/UBND-KT ngày 5/3/2020 gửi kèm theo "
     "Kế hoạch số 5/KH-UBND về việc triển khai. Công văn số 123/UBND/VP/KH ngày 5/3/2020.",
     [{"symbol": "786/QH-UBTVQH14", "family": "assembly"}, {"symbol": "12/UBND-KT", "title": None},
      {"symbol": "5/KH-UBND", "title": "Triển khai"}, {"symbol": "123/UBND/VP/KH", "type": "Công văn"}]),
    ("Triển khai Nghị định số 143/HĐBT, ngày 09/4/1982, UBND tỉnh Bắc Thái (nay là tỉnh Thái Nguyên) đã ban hành "
     "Quyết định số 87-QĐ/UB về việc thành lập Sở.",
     # a bracket after the next clause's body: the date is that clause's (round 61)
     [{"symbol": "143/HĐBT", "date": None}, {"symbol": "87/QĐ-UB", "date": D(1982, 4, 9)}]),
    ("theo mô hình công ty Mẹ-công ty Con theo Quyết định số 2352/QĐ-BNN/ĐMDN của Bộ Nông nghiệp và Phát triển "
     "nông thôn ngày 09/9/2005. Công ty được thành lập theo Quyết định số 403QĐ/BNN-TCCB ngày 26 tháng 10 năm 1985. "
     "Quyết định số 66/2003/QĐ-BNN-TCCB do Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ký và ban hành ngày "
     "11/6/2003; Quyết định số 08-NN-TCCB/QĐ "
     "ngày 5/1/1990; Quyết định 12/QĐ-UBND/TU.",
     # a unit's code after "/"; BNN, the agriculture ministry's older code; "ký và ban hành
     # ngày"; the type code last after a hyphen (round 64)
     [{"text": "2352/QĐ-BNN/ĐMDN", "symbol": "2352/QĐ-BNN-ĐMDN", "date": D(2005, 9, 9)},
      {"text": "403QĐ/BNN-TCCB", "symbol": "403/QĐ-BNN-TCCB", "family": "state", "date": D(1985, 10, 26)},
      {"symbol": "66/2003/QĐ-BNN-TCCB", "date": D(2003, 6, 11)},
      {"symbol": "08-NN-TCCB/QĐ", "date": D(1990, 1, 5)}, {"symbol": "12/QĐ-UBND"}]),
    ("Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Thủ tướng Chính phủ (Nghị quyết 30c), UBND thành phố đã "
     "ban hành Kế hoạch; Nghị quyết số 30/NQ-CP. Ngày 10/5/1957, UBHC tỉnh Bắc Giang đã có Quyết nghị số 153/TCCB "
     "do đồng chí Phó Chủ tịch UBHC tỉnh ký.",
     # a short form keeps the letter of its number; Quyết nghị (round 63)
     [{"symbol": "30c/NQ-CP"}, {"text": "Nghị quyết 30c", "symbol": "30c/NQ-CP"}, {"symbol": "30/NQ-CP"},
      {"symbol": "153/TCCB", "type": "Quyết nghị", "date": D(1957, 5, 10)}]),
    # Review 24, of the rules from rounds 57 and 58
    ("Công văn số 12/UBND-KT về kinh tế và xã hội và UBND huyện đã ban hành Kế hoạch số 5/KH-UBND. Quyết định số "
     "13/QĐ-UBND về việc hỗ trợ các hộ nghèo và các hộ đã có Quyết định số 6/QĐ-UBND công nhận thoát nghèo.",
     [{"symbol": "12/UBND-KT", "title": "Kinh tế và xã hội"}, {"symbol": "5/KH-UBND", "clause": None},
      {"symbol": "13/QĐ-UBND", "title": "Hỗ trợ các hộ nghèo và các hộ đã có Quyết định số 6/QĐ-UBND"},
      {"symbol": "6/QĐ-UBND"}]),
    ("Văn bản số 33/VPCP-ĐMDN về việc tái cơ cấu công ty và ngày 20/01/2016, Bộ Xây dựng có Quyết định số 66/QĐ-BXD.",
     [{"symbol": "33/VPCP-ĐMDN", "title": "Tái cơ cấu công ty"}, {"symbol": "66/QĐ-BXD", "date": D(2016, 1, 20)}]),
    ("Chúng tôi đọc kỹ và thấy Thông tư số 12/2020/TT-BTC có nhiều điểm mới. Ngày nay thay Quyết định số 13/QĐ-UBND.",
     [{"symbol": "12/2020/TT-BTC", "relation": "cites"}, {"symbol": "13/QĐ-UBND", "relation": "cites"}]),
    ("Mưa lũ xảy ra và ngày 5/3/2020 nước dâng cao, UBND tỉnh đã ban hành Quyết định số 12/QĐ-UBND. Các ngày 1/3/2020 "
     "và ngày 5/3/2020 UBND tỉnh ban hành Kế hoạch số 14/KH-UBND.",
     [{"symbol": "12/QĐ-UBND", "date": None}, {"symbol": "14/KH-UBND", "date": None}]),
    ("Công văn số 45/QH-SXD ngày 5/3/2020 của Sở Xây dựng.", [{"symbol": "45/QH-SXD", "family": "state"}]),
    ("Nghị định số 15/2020/NĐ-CP (sau đây gọi là Nghị định 15) thay thế Nghị định số 174/2013/NĐ-CP.",
     [{"symbol": "15/2020/NĐ-CP"}, {"text": "Nghị định 15", "symbol": "15/2020/NĐ-CP"},
      {"symbol": "174/2013/NĐ-CP", "relation": "cites", "clause": ("15/2020/NĐ-CP", "replaces")}]),
    # Review 23, of the rules from rounds 52 to 55
    ("Bảng 3: Sản lượng lúa cả năm, cột 10-SL ghi số liệu. Phụ lục 2 - SL: mục 3-SL và mục 4-SL. Xem hướng dẫn tại "
     "trang 12 - CP của tài liệu; giai đoạn 1 - CP, giai đoạn 2 - TTg.", []),
    ("Báo cáo số 12/SL-UBND ngày 5/3/2021 của UBND huyện. Biểu số 01/SL-NN.",
     [{"symbol": "12/SL-UBND", "type": "Báo cáo"}, {"symbol": "01/SL-NN", "type": None}]),
    ("Theo Kế hoạch số 45/KH-UBND.15 xã tham gia; 45/QĐ.UB.12 xã được chọn.",
     [{"text": "45/KH-UBND", "issuer": "Ủy ban nhân dân"}, {"text": "45/QĐ.UB", "symbol": "45/QĐ-UB"}]),
    ("Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh Quảng Nam. Quyết định số 12/2020/UBND ngày 7/8/2020 "
     "của UBND huyện Núi Thành.",
     [{"symbol": "12/2020/QĐ-UBND"}, {"symbol": "12/2020/UBND", "date": D(2020, 8, 7)}]),
    ("Thông báo số 3/2021/theo đề nghị của Sở. Kế hoạch số 12/2020/ban hành kèm theo. Báo cáo số 03/2021/ theo dõi.", []),
    ("Theo TT 12/2021/UBND của UBND tỉnh. Theo NĐ 12/2021/UBND.", []),
    ("Theo Quyết định số 12/QĐ-UB ngày 5/3/1995 của Ủy ban Thể dục Thể thao.",
     [{"symbol": "12/QĐ-UB", "issuer": None, "date": D(1995, 3, 5)}]),
    ("Tỷ lệ theo Kế hoạch 25 HS/GV là phù hợp; Quyết định số 5 KM/H.",
     [{"text": "Kế hoạch 25", "symbol": None}, {"text": "Quyết định số 5", "symbol": None}]),
    ("Theo Quyết định số 1268 TC/UB-TH, 1432 TC/UB-TH của UBND tỉnh Thanh Hóa.",
     [{"symbol": "1268/TC-UB-TH", "type": "Quyết định"}, {"symbol": "1432/TC-UB-TH", "type": "Quyết định"}]),
    ("Triển khai Kế hoạch số 12/KH-UBND tỉnh Quảng Nam ngày 5/3/2021 về phòng chống dịch.",
     [{"symbol": "12/KH-UBND", "date": D(2021, 3, 5), "title": "Phòng chống dịch"}]),
    ("Theo Nghị định số 13/2023/NĐ-CP của Chính phủ Việt Nam ban hành, Thông tư số 12/2023/TT-BCA quy định.",
     [{"symbol": "13/2023/NĐ-CP", "title": None}, {"symbol": "12/2023/TT-BCA", "title": None}]),
    ("DA đã có trong QĐ số 270/QĐ- TTg ngày 02/4/2024. Đã có trong QĐ270 (với tên gọi cũ là TBA 500 kV NMNĐ Nam Định)",
     [{"symbol": "270/QĐ-TTg"}, {"text": "QĐ270", "symbol": "270/QĐ-TTg", "type": "Quyết định", "date": None}]),
    ("Giá tham khảo chỉ tiêu độ cứng STT11 PL4 QĐ66, mẫu TT200, NĐ-100 và NQ68 theo Nghị quyết liên tịch số "
     "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
     [{"symbol": "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"}]),
    ("Quyết định số 68/QĐ-UBND ngày 5/3/2024; các xã áp dụng ABQĐ68, QĐ68A, QĐ68-B, QĐ68.1 và QĐ-68",
     [{"symbol": "68/QĐ-UBND"}, {"text": "QĐ-68", "symbol": "68/QĐ-UBND", "short": True}]),
    # review 21: an alias in brackets after the title ends the title and reads nothing after it;
    # a template's code and a year's plan are no short forms
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ (NQ57). Thực hiện NQ57",
     [{"symbol": "57-NQ/TW", "title": "Đột phá phát triển khoa học, công nghệ"},
      {"text": "NQ57", "symbol": "57-NQ/TW", "title": None}, {"text": "NQ57", "symbol": "57-NQ/TW", "relation": "implements"}]),
    ('Thông tư 200/2014/TT-BTC (“TT200”) và Thông tư 133/2016/TT-BTC (“TT133”).',
     [{"symbol": "200/2014/TT-BTC", "title": None}, {"text": "TT200", "title": None, "clause": None},
      {"symbol": "133/2016/TT-BTC", "clause": None}, {"text": "TT133", "symbol": "133/2016/TT-BTC"}]),
    ("Quyết định số 1/QĐ-UBND ngày 2/1/2024. Biên bản lập theo Mẫu QĐ01, Mẫu số QĐ01 và mẫu biểu số QĐ01.",
     [{"symbol": "1/QĐ-UBND"}]),
    # … a year's number is one too, where a citation has it (review 22)
    ("Quyết định số 1945/QĐ-TTg ngày 5/1/2021. Căn cứ QĐ1945, các cơ sở áp dụng.",
     [{"symbol": "1945/QĐ-TTg"}, {"text": "QĐ1945", "symbol": "1945/QĐ-TTg"}]),
    # a list of short forms: each number is one, sharing the type word and the metadata after
    ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Thực hiện Quyết định số 217, 218 của Bộ Chính trị",
     [{"symbol": "217-QĐ/TW"}, {"symbol": "218-QĐ/TW"},
      {"symbol": "217-QĐ/TW", "short": True, "text": "Quyết định số 217", "resolved_from": 14, "relation": "implements"},
      {"symbol": "218-QĐ/TW", "short": True, "text": "218", "resolved_from": 41, "issuer": "Bộ Chính trị", "relation": "implements"}]),
    ("Kết luận số 114 và 115 ngày 14/7/2015 của Ban Bí thư; Quy định 377, 2025",
     [{"symbol": None, "short": True, "number": "114", "date": D(2015, 7, 14)},
      {"symbol": None, "short": True, "number": "115", "date": D(2015, 7, 14), "issuer": "Ban Bí thư"}]),
    ("Quyết định số 124 và Quy định số 124-QĐ/TW",          # types differ: no resolution
     [{"symbol": None, "short": True}, {"symbol": "124-QĐ/TW", "type": "Quy định"}]),
    # the nearest compatible full citation before it, past a nearer one of another type
    ("Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Nghị quyết số 217-NQ/TW của Đảng ủy khối "
     "và Quyết định số 217-QĐ/TW ngày 02/01/2020 của Ban Bí thư; Quyết định số 217 được sửa đổi",
     [{"symbol": "217-QĐ/TW"}, {"symbol": "217-NQ/TW"}, {"symbol": "217-QĐ/TW", "date": D(2020, 1, 2)},
      {"symbol": "217-QĐ/TW", "short": True, "resolved_from": 116}]),
    # none before: the nearest after it
    ("Thực hiện Kết luận số 114 của Ban Bí thư; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao "
     "hiệu quả công tác dân vận, Kết luận số 114-KL/TW ngày 01/02/2016",
     [{"symbol": "114-KL/TW", "short": True, "resolved_from": 54}, {"symbol": "114-KL/TW", "date": D(2015, 7, 14)},
      {"symbol": "114-KL/TW", "date": D(2016, 2, 1)}]),
    # 7. Dates
    ("Kết luận số 43-KL/TW, ngày 07-01-2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW",
     [{"symbol": "43-KL/TW", "date": D(2019, 1, 7), "issuer": "Ban Bí thư"},
      {"symbol": "25-NQ/TW", "clause": ("43-KL/TW", "implements")}]),
    ("tiếp tục thực hiện Chỉ thị 01/CT-TTg ngày 9/01/2015 của Thủ tướng Chính phủ về việc tổ chức Phong trào",
     [{"symbol": "01/CT-TTg", "date": D(2015, 1, 9), "relation": "implements"}]),
    ("Nghị quyết số 28-NQ/TW ngày 29 tháng 9 năm 2022 của Bộ Chính trị",
     [{"symbol": "28-NQ/TW", "date": D(2022, 9, 29)}]),
    ("Kế hoạch số 45/KH-UBND năm 2025 của UBND tỉnh",
     [{"symbol": "45/KH-UBND", "date": None, "year": 2025}]),
    # the body that passed or signed it between "được" and the date (a held-out page of round
    # 44's kind; preambles of laws and council resolutions): the date is the document's
    ("Điều lệ 2021 – Đã được sửa đổi, bổ sung theo luật doanh nghiệp số 59/2020/QH14 được Quốc Hội thông qua ngày 17 tháng 06 năm 2020",
     [{"symbol": "59/2020/QH14", "date": D(2020, 6, 17)}]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 được Quốc hội khóa XIII, kỳ họp thứ 9 thông qua ngày 19 tháng 6 năm 2015.",
     [{"symbol": "77/2015/QH13", "date": D(2015, 6, 19), "relation": "based_on"}]),
    ("Thực hiện Quyết định số 1234/QĐ-UBND được Chủ tịch UBND tỉnh ký ban hành ngày 12/3/2021 tại Hà Tĩnh.",
     [{"symbol": "1234/QĐ-UBND", "date": D(2021, 3, 12), "relation": "implements"}]),
    # … not a later act's date: a correction, an adjustment by a text, the signing after the
    # passing (review 21)
    ("Quyết định số 1234/QĐ-UBND ngày 15/3/2020 đã được đính chính bằng văn bản ký ngày 20/3/2020; Kế hoạch số "
     "45/KH-UBND ngày 1/5/2021 được UBND huyện điều chỉnh bằng văn bản ban hành ngày 3/6/2021; Quyết định số "
     "12/QĐ-UBND được điều chỉnh bằng văn bản do UBND tỉnh ban hành ngày 5/5/2021.",
     [{"symbol": "1234/QĐ-UBND", "date": D(2020, 3, 15)}, {"symbol": "45/KH-UBND", "date": D(2021, 5, 1)},
      {"symbol": "12/QĐ-UBND", "date": None}]),
    ("Luật Doanh nghiệp số 59/2020/QH14 được Quốc hội thông qua ngày 17/6/2020, được Chủ tịch nước ký ngày 29/6/2020.",
     [{"symbol": "59/2020/QH14", "date": D(2020, 6, 17)}]),
    # … but not across another verb or document: the date is the amending decision's
    ("Quyết định số 12/QĐ-UBND được sửa đổi bởi Quyết định số 15/QĐ-UBND ban hành ngày 1/2/2020; Nghị quyết số "
     "5/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp ngày 3/4/2020",
     [{"symbol": "12/QĐ-UBND", "date": None}, {"symbol": "15/QĐ-UBND", "date": D(2020, 2, 1)},
      {"symbol": "5/NQ-HĐND", "date": None}]),
    # a comma typed for the second slash (round 47); not before a number that is no year
    ("Ủy ban nhân dân tỉnh Kiên Giang vừa ban hành Quyết định số 1007/QĐ-UBND ngày 02/5,2019 về việc công nhận 07 xã "
     "đạt chuẩn nông thôn mới; Quyết định số 1008/QĐ-UBND ngày 2/5, 20 xã đạt chuẩn; Quyết định số 1009/QĐ-UBND ngày "
     "02/5, 2000 hộ dân được hỗ trợ",
     [{"symbol": "1007/QĐ-UBND", "date": D(2019, 5, 2)}, {"symbol": "1008/QĐ-UBND", "date": None},
      {"symbol": "1009/QĐ-UBND", "date": None}]),
    # a licence or certificate is dated when it is granted ("cấp ngày", round 49)
    ("Giấy phép thiết lập Trang thông tin điện tử số 01/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 23/10/2017; "
     "Giấy phép số 02/GP-STTTT (cấp ngày 24/10/2017)",
     [{"symbol": "01/GP-STTTT", "date": D(2017, 10, 23), "issuer": "Sở Thông tin và Truyền thông"},
      {"symbol": "02/GP-STTTT", "date": D(2017, 10, 24)}]),
    # a date, then "có" with no body: the document's date (round 52); not a date things run to
    ("III. Ngày 02/11/1991 có Quyết định só 1380/QĐ-UB của UBND tỉnh Quảng Ngãi đổi tên Công ty. Tính đến ngày "
     "30/6/2024 có Quyết định số 12/QĐ-UBND",
     [{"symbol": "1380/QĐ-UB", "date": D(1991, 11, 2), "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi"},
      {"symbol": "12/QĐ-UBND", "date": None}]),
    # 8. Issuer and term
    # review 22: the body after "được" in lower case; a province spelt as the tables do not; a
    # quote after a symbol that follows a quoted name opens the title
    ("Quyết định số 123/QĐ-UBND được đồng chí Phó Chủ tịch UBND tỉnh ký ngày 15/3/2021; Luật số 45/2013/QH13 đã "
     "được các đại biểu Quốc hội biểu quyết thông qua ngày 29/11/2013",
     [{"symbol": "123/QĐ-UBND", "date": D(2021, 3, 15)}, {"symbol": "45/2013/QH13", "date": D(2013, 11, 29)}]),
    ("Căn cứ Quyết định số 57/QĐ-UBND của UBND huyện Đắk Hà, tỉnh Kontum, ngày 5/3/2020 về việc thành lập tổ.",
     [{"symbol": "57/QĐ-UBND", "date": D(2020, 3, 5), "title": "Thành lập tổ"}]),
    ('Thực hiện Chương trình "Mỗi xã một sản phẩm (OCOP)", Quyết định số 12/QĐ-UBND "Về việc phê duyệt Đề án OCOP" của UBND tỉnh.',
     [{"symbol": "12/QĐ-UBND", "title": "Phê duyệt Đề án OCOP"}]),
    # the Government's name from 1981 to 1992, and its code (round 49)
    ("Ngày 21/10/1982, Hội đồng Bộ trưởng ban hành quyết định 179/HĐBT, tách 3 xã. Quyết định số 153-HĐBT ngày 13/12/1983",
     [{"symbol": "179/HĐBT", "date": D(1982, 10, 21), "issuer": "Hội đồng Bộ trưởng"},
      {"symbol": "153-HĐBT", "issuer": "Hội đồng Bộ trưởng"}]),
    # a body's office or standing agency issues, not the body (review 21)
    ("Ngày 15/10/2025, Cơ quan thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
     "chuyển đổi số đã có văn bản số 07-TB/CQTTBCĐ thông báo kết luận; kết luận vừa được Văn Phòng Chính phủ ban hành tại "
     "Thông báo số 449/TB-VPCP.",
     [{"symbol": "07-TB/CQTTBCĐ", "issuer": None}, {"symbol": "449/TB-VPCP", "issuer": "Văn phòng Chính phủ"}]),
    # a body announcing that a document was issued is its issuer only where the symbol's code
    # names that body (round 45, reviews 21 and 22)
    ("Văn phòng Chính phủ thông báo ban hành Nghị định số 15/2021/NĐ-CP. Sở Tư pháp thông báo ban hành Nghị quyết số "
     "12/2021/NQ-HĐND ngày 5/3/2021.",
     [{"symbol": "15/2021/NĐ-CP", "issuer": "Chính phủ"}, {"symbol": "12/2021/NQ-HĐND", "issuer": "Hội đồng nhân dân"}]),
    ("Ngày 28/7/2017, HĐND thành phố Đà Nẵng thông báo ban hành Nghị quyết số 108/NQ-HĐND ngày 07/7/2017 về việc sắp "
     "xếp các tổ dân phố. Sở Y tế đã thông báo ban hành Quyết định số 12/QĐ-SYT.",
     [{"symbol": "108/NQ-HĐND", "issuer": "Hội đồng nhân dân thành phố Đà Nẵng", "date": D(2017, 7, 7)},
      {"symbol": "12/QĐ-SYT", "issuer": "Sở Y tế"}]),
    # the province after a district's name is the body's; the date after it is read (round 46)
    ("Căn cứ Quyết định số 57/QĐ-UB của Ủy ban nhân dân huyện Cưjút - Tỉnh Đăk Lăk, ngày 29 tháng 8 năm 2000 về việc "
     "tách trường",
     [{"symbol": "57/QĐ-UB", "date": D(2000, 8, 29), "issuer": "Ủy ban nhân dân huyện Cưjút", "title": "Tách trường"}]),
    ("Căn cứ Quyết định số 57/QĐ-UB của Ủy ban nhân dân huyện Cư Jút tỉnh Đắk Lắk ngày 29/8/2000; Quyết định số "
     "58/QĐ-UB của UBND huyện Cưjút, tỉnh Đăk Lăk, ngày 30/8/2000",
     [{"symbol": "57/QĐ-UB", "date": D(2000, 8, 29)}, {"symbol": "58/QĐ-UB", "date": D(2000, 8, 30)}]),
    # … only a province the tables know: a body after it stays (review 21)
    ("Căn cứ Quyết định số 57/QĐ-UBND của UBND huyện Cư Jút, Tỉnh Ủy Đắk Nông ban hành Nghị quyết số 12-NQ/TU về "
     "phát triển kinh tế; Quyết định số 58/QĐ-UBND của UBND xã Hòa Khánh, Tỉnh Đoàn Đắk Lắk về việc thành lập tổ.",
     [{"symbol": "57/QĐ-UBND", "title": None, "clause": None, "issuers": ("Ủy ban nhân dân huyện Cư Jút",)},
      {"symbol": "12-NQ/TU", "clause": None},
      {"symbol": "58/QĐ-UBND", "issuers": ("Ủy ban nhân dân xã Hòa Khánh", "Tỉnh đoàn Đắk Lắk")}]),
    # a steering committee named by its task: the task is the body's name, not the title
    # (corpus 054, round 40's 10, round 42's 02)
    ("Căn cứ Quyết định số 05-QĐ/BCĐTW, ngày 27/8/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
     "đổi mới sáng tạo và chuyển đổi số về Mô hình liên thông số thống nhất",
     [{"symbol": "05-QĐ/BCĐTW", "issuer": "Ban Chỉ đạo Trung ương", "title": "Mô hình liên thông số thống nhất"}]),
    ("Thực hiện Kế hoạch số 159/KH-BCĐ ngày 28/12/2020 của Ban Chỉ đạo liên ngành an toàn thực phẩm tỉnh Thái Nguyên "
     "về việc triển khai công tác bảo đảm An toàn thực phẩm",
     [{"symbol": "159/KH-BCĐ", "issuer": "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Thái Nguyên",
       "title": "Triển khai công tác bảo đảm An toàn thực phẩm"}]),
    ("Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư Trung ương Đảng về “Giám sát của Mặt trận Tổ quốc Việt Nam”",
     [{"symbol": "124-QĐ/TW", "type": "Quy định", "issuer": "Ban Bí thư", "title": "Giám sát của Mặt trận Tổ quốc Việt Nam"}]),
    ("Nghị quyết số 16-NQ/TU ngày 20/4/2015 của Ban Chấp hành Đảng bộ tỉnh Thanh Hóa về “Tái cơ cấu ngành Nông nghiệp”",
     [{"symbol": "16-NQ/TU", "issuer": "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa", "locality": "Thanh Hóa", "level": "tỉnh"}]),
    ("Kết luận số 610-KL/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh uỷ về tiếp tục thực hiện Nghị quyết số 02-NQ/TU của Ban Thường vụ Tỉnh uỷ (khóa XVIII)",
     [{"symbol": "610-KL/TU", "issuer": "Ban Thường vụ Tỉnh ủy"},
      {"symbol": "02-NQ/TU", "term": "XVIII", "clause": ("610-KL/TU", "implements")}]),
    ("Kế hoạch hành động số 155- KH/TU, ngày 30/12/2022 của Ban Thường vụ Thành uỷ Sầm Sơn về việc thực hiện Nghị quyết",
     [{"symbol": "155-KH/TU", "issuer": "Ban Thường vụ Thành ủy Sầm Sơn", "locality": "Sầm Sơn"}]),
    # the issuing body (and a date) named before the type word
    ("Vì vậy ngày 23/5/2011, Bộ Lao động - Thương binh và Xã hội đã ban hành Công văn số 1609/LĐTBXH-NCC về việc hướng dẫn",
     [{"symbol": "1609/LĐTBXH-NCC", "date": D(2011, 5, 23), "issuer": "Bộ Lao động - Thương binh và Xã hội"}]),
    ("Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 4965/LĐTBXH-KH ngày 23 tháng 5 năm 2012",
     [{"symbol": "4965/LĐTBXH-KH", "issuer": "Sở Lao động - Thương binh và Xã hội", "level": "tỉnh", "date": D(2012, 5, 23)}]),
    ("Ngày 30/6/2025, Chính phủ ban hành Nghị định số 175/2025/NĐ-CP sửa đổi, bổ sung một số điều",
     [{"symbol": "175/2025/NĐ-CP", "date": D(2025, 6, 30), "issuer": "Chính phủ"}]),
    ("thực hiện các nhiệm vụ nêu tại Kết luận số 121-KL/TW", [{"symbol": "121-KL/TW", "issuer": None, "date": None}]),
    # a Party term in parentheses stays in the title; a blank line ends an issuer's place name
    ("Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII) trong toàn Đảng bộ",
     [{"symbol": "30-KH/TU", "title": "Sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII) trong toàn Đảng bộ"}]),
    ("Sơ kết Chương trình hành động số 15-CTr/TU của Thành ủy\n\nBTV - Ban Thường vụ Thành ủy vừa ban hành Kế hoạch số 30-KH/TU",
     [{"symbol": "15-CTr/TU", "issuer": "Thành ủy", "locality": None, "relation": "reviews"},
      {"symbol": "30-KH/TU", "relation": "cites"}]),
    # 9. Type by the word before it
    ("Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư; Quy định số 124-QĐ/TW ngày 02/02/2018",
     [{"symbol": "99-QĐ/TW", "type": "Quyết định"}, {"symbol": "124-QĐ/TW", "type": "Quy định"}]),
    # 11. Relations
    # the next item of a review list, a period and "thực hiện" before it, is reviewed too; a
    # count after a list's last number ends the list (round 51)
    ("Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành "
     "Trung ương Đảng; 05 năm thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư. Qua 10 năm thực hiện "
     "Nghị quyết số 25 và 5 năm thực hiện Kết luận số 43, nhận thức được nâng lên.",
     [{"symbol": "25-NQ/TW", "relation": "reviews"}, {"symbol": "43-KL/TW", "relation": "reviews", "date": D(2019, 1, 7)},
      {"text": "Nghị quyết số 25", "symbol": "25-NQ/TW"}, {"text": "Kết luận số 43", "symbol": "43-KL/TW"}]),
    # review 22: a review across "và" is of something else; a body that has a lower-case document
    # about carrying one out (not one the sentence sets out "như sau"); a date before the office
    # of a named signer; glued forms state acts
    ("Hội nghị tổng kết công tác năm 2023 và triển khai thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy. Sở Y tế đã có "
     "tờ trình về việc thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2024 của UBND tỉnh.",
     [{"symbol": "05-NQ/TU", "relation": "implements"}, {"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    ("Ngày 5/3/2021, Thứ trưởng Bộ Tài chính Vũ Thị Mai ký Công văn số 1234/BTC-QLCS.",
     [{"symbol": "1234/BTC-QLCS", "date": D(2021, 3, 5), "relation": "cites"}]),
    ("Thông tư số 133/2016/TT-BTC và Quyết định số 48/2006/QĐ-BTC. Doanh nghiệp áp dụng TT133 thay thế QĐ48.",
     [{"symbol": "133/2016/TT-BTC"}, {"symbol": "48/2006/QĐ-BTC"}, {"text": "TT133"},
      {"text": "QĐ48", "relation": "cites", "clause": ("133/2016/TT-BTC", "replaces")}]),
    # an amending act named as a topic, not done (round 50): a noun before it, or "là" after
    ("Doanh nghiệp quan tâm đến việc sửa đổi Nghị định số 123/2020/NĐ-CP về hoá đơn điện tử. Bãi bỏ Thông tư số "
     "78/2021/TT-BTC là đề xuất của Bộ Tài chính. Điều 2. Bãi bỏ Quyết định số 5/QĐ-UBND.",
     [{"symbol": "123/2020/NĐ-CP", "relation": "cites"}, {"symbol": "78/2021/TT-BTC", "relation": "cites"},
      {"symbol": "5/QĐ-UBND", "relation": "repeals"}]),
    # an act in brackets after what a body issued is that document's (round 48)
    ("ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Quy định số 37-QĐ/TW về những điều đảng viên "
     "không được làm (thay thế Quy định số 47-QĐ/TW). Bộ Giáo dục và Đào tạo ban hành Thông tư số 32/2020/TT-BGDĐT "
     "(bãi bỏ Thông tư số 12/2011/TT-BGDĐT).",
     [{"symbol": "37-QĐ/TW", "title": "Những điều đảng viên không được làm"},
      {"symbol": "47-QĐ/TW", "relation": "cites", "clause": ("37-QĐ/TW", "replaces")},
      {"symbol": "32/2020/TT-BGDĐT"}, {"symbol": "12/2011/TT-BGDĐT", "relation": "cites", "clause": ("32/2020/TT-BGDĐT", "repeals")}]),
    # a signer named after the office that holds a body's name signs a document: reported,
    # not the text's act (round 47); the office's body is not read as its issuer
    ("Ngày 26/3, thực hiện quy định tại khoản 2, Điều 80 của Luật Ban hành văn bản quy phạm pháp luật năm 2015, "
     "Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc ký Văn bản số 2672/TTKQH-TT về việc công bố bốn Nghị quyết.",
     [{"symbol": "2672/TTKQH-TT", "relation": "cites"}]),
    ("Thực hiện Nghị quyết số 12/NQ-CP, Phó Thủ tướng Chính phủ Trần Hồng Hà vừa ký Quyết định số 1315/QĐ-TTg ban hành Kế hoạch",
     [{"symbol": "12/NQ-CP", "relation": "implements"},
      {"symbol": "1315/QĐ-TTg", "relation": "cites", "issuer": "Thủ tướng Chính phủ"}]),
    # reviewing the carrying out, however it is worded (round 48): the review, not the carrying out
    ("Sơ kết 1 năm triển khai thực hiện Kết luận số 01-KL/TW của Bộ Chính trị. Tổng kết việc tổ chức thực hiện Chỉ thị số 05-CT/TW",
     [{"symbol": "01-KL/TW", "relation": "reviews"}, {"symbol": "05-CT/TW", "relation": "reviews"}]),
    # a body "has" an unnumbered letter about carrying a document out: the letter's act (round 45)
    ("UBND huyện có văn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ về phòng, "
     "chống dịch Covid-19. Thực hiện Công điện số 1064/CĐ-TTg, UBND huyện yêu cầu các xã",
     [{"symbol": "1063/CĐ-TTg", "relation": "cites", "date": D(2021, 7, 31)}, {"symbol": "1064/CĐ-TTg", "relation": "implements"}]),
    ("UBND xã có kế hoạch về việc thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2024 của UBND huyện như sau:",
     [{"symbol": "12/QĐ-UBND", "relation": "implements"}]),
    # "Trên cơ sở đó" (on that basis) points back; the document after it is only cited (round 46)
    ("Trên cơ sở đó Phòng GD&ĐT thành phố Buôn Ma Thuột có tờ trình số 30/TT-PGD, ngày 29 tháng 4 năm 2004 về việc đổi tên trường",
     [{"symbol": "30/TT-PGD", "relation": "cites", "date": D(2004, 4, 29)}]),
    ("Trên cơ sở Tờ trình số 30/TT-PGD ngày 29/4/2004, UBND thành phố quyết định",
     [{"symbol": "30/TT-PGD", "relation": "based_on"}]),
    ("Trên cơ sở đó và Nghị quyết số 12/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh, UBND tỉnh ban hành kế hoạch.",
     [{"symbol": "12/NQ-HĐND", "relation": "based_on"}]),
    ("Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ hướng dẫn thi hành một số điều của Luật Đầu tư công;",
     [{"symbol": "40/2020/NĐ-CP", "relation": "based_on", "issuer": "Chính phủ"}]),
    ("Nghị định số 95/2021/NĐ-CP ngày 01 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014",
     [{"symbol": "95/2021/NĐ-CP"}, {"symbol": "83/2014/NĐ-CP", "clause": ("95/2021/NĐ-CP", "amends")}]),
    ("Ủy ban nhân dân thành phố Đà Nẵng ban hành Quyết định bãi bỏ Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014",
     [{"symbol": "55/2014/QĐ-UBND", "relation": "repeals"}]),
    # a commune Party standing committee read as the issuer, so the "về" clause after it is read (corpus 002, 005)
    ("Kế hoạch số 21-KH/ĐU, ngày 29/7/2025 của Ban Thường vụ Đảng ủy xã Lương Minh về triển khai thực hiện "
     "Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị",
     [{"symbol": "21-KH/ĐU", "issuer": "Ban Thường vụ Đảng ủy xã Lương Minh", "level": "xã"},
      {"symbol": "46-CT/TW", "relation": "cites", "clause": ("21-KH/ĐU", "implements")}]),
    # acting by a document's provisions cites it; carrying it out implements it (corpus 099, 003, 005)
    ("việc quản lý và sử dụng thực hiện theo quy định của Luật Ngân sách nhà nước số 89/2025/QH15.",
     [{"symbol": "89/2025/QH15", "relation": "cites"}]),
    ("Nội dung và trình tự thực hiện Hội nghị hiệp thương đảm bảo tuân thủ Điều 4 Nghị quyết số 101/2025/UBTVQH15",
     [{"symbol": "101/2025/UBTVQH15", "relation": "cites"}]),
    ("1. Thực hiện đầy đủ, nghiêm túc, đúng quy định Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; "
     "Luật MTTQ Việt Nam; Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị",
     [{"symbol": "46-CT/TW", "relation": "implements"}]),
    # "Căn cứ" an unnamed thing, many words before: no basis for the citation (corpus 005, 112);
    # "Căn cứ Hiến pháp ..." names a document, so the citation after it is part of the basis
    ("Căn cứ quyết định của cấp có thẩm quyền và điều kiện, tình hình thực tế ở địa phương, Ban Thường trực Ủy ban "
     "MTTQ Việt Nam xã báo cáo cấp ủy cùng cấp, trao đổi, thống nhất với Ủy ban nhân dân cấp xã và tổ chức thực "
     "hiện (Trình tự tổ chức phát phiếu lấy ý kiến thực hiện theo khoản 4, Điều 1 Nghị quyết số 101/2025/UBTVQH15)",
     [{"symbol": "101/2025/UBTVQH15", "relation": "cites"}]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị "
     "quyết số 203/2025/QH15;",
     [{"symbol": "203/2025/QH15", "relation": "based_on"}]),
    # a province ends a place name: the capitalised title after it is no part of it (corpus 064, 065)
    ("33. Quyết định số 112/2005/QĐ-UB ngày 29 tháng 9 năm 2005 của Ủy ban nhân dân tỉnh Bình Phước Ban hành "
     "Chương trình hành động thực hiện Nghị quyết số 46-NQ/TW",
     [{"symbol": "112/2005/QĐ-UB", "locality": "Bình Phước", "level": "tỉnh"},
      {"symbol": "46-NQ/TW", "relation": "cites", "clause": ("112/2005/QĐ-UB", "implements")}]),
    ("Quyết định số 52/2002/QĐ-UB ngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y tế",
     [{"symbol": "52/2002/QĐ-UB", "issuer": "Ủy ban nhân dân tỉnh Bình Phước", "locality": "Bình Phước"}]),
    ("Quyết định số 24/2019/QĐ-UBND ngày 02/5/2019 của UBND thành phố Đà Nẵng Sửa đổi, bổ sung một số điều",
     [{"symbol": "24/2019/QĐ-UBND", "locality": "Đà Nẵng", "level": "tỉnh", "title": "Sửa đổi, bổ sung một số điều"}]),
    # a title in capitals opening with a verb goes on past the line break, as one opening "VỀ" does
    ("BÃI BỎ QUYẾT ĐỊNH\nSỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ ĐÀ NẴNG QUY ĐỊNH VỀ QUẢN\nLÝ VÀ SỬ "
     "DỤNG TẠM THỜI VỈA HÈ, QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY 02/5/2019",
     [{"symbol": "55/2014/QĐ-UBND", "relation": "repeals", "title": "QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ"},
      {"symbol": "24/2019/QĐ-UBND", "relation": "repeals"}]),
    # headings in capitals (corpus 066, 077, 093): ", " goes on inside a title, but not before the
    # next item of a list; a place name wrapped by the heading; a line naming a body ends the title
    ("BÃI BỎ TOÀN BỘ\nQUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH\nQUY ĐỊNH "
     "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ VÀ\nQUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND NGÀY "
     "15/6/2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ SỬA\nĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND",
     [{"symbol": "10/2016/QĐ-UBND", "relation": "repeals", "issuer": "Ủy ban nhân dân tỉnh",
       "title": "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ"},
      {"symbol": "14/2022/QĐ-UBND", "relation": "repeals", "title": "SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND"},
      {"symbol": "10/2016/QĐ-UBND", "clause": ("14/2022/QĐ-UBND", "amends")}]),
    ("KÈM THEO NGHỊ QUYẾT\nSỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA\nTHIÊN HUẾ "
     "QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ",
     [{"symbol": "09/2022/NQ-HĐND", "locality": "Thừa Thiên Huế", "title": "QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ"}]),
    # a draft's verb is the draft's act, not the text's (corpus 093)
    ("NGHỊ QUYẾT\nVỀ\nDỰ THẢO NGHỊ QUYẾT CỦA QUỐC HỘI SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ\n136/2024/QH15 "
     "NGÀY 26 THÁNG 6 NĂM 2024 CỦA QUỐC HỘI VỀ TỔ CHỨC CHÍNH QUYỀN ĐÔ\nTHỊ VÀ THÍ ĐIỂM MỘT SỐ CƠ CHẾ\nCHÍNH PHỦ\nCăn cứ",
     [{"symbol": "136/2024/QH15", "relation": "cites", "title": "TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ VÀ THÍ ĐIỂM MỘT SỐ CƠ CHẾ"}]),
    # a programme's name before "giai đoạn" is no document, unless a citation gives it a symbol
    # (sixth fresh check; corpus 089)
    ("Danh sách các xã hoàn thành cơ bản mục tiêu Chương trình 135 giai đoạn 1999 - 2005 kèm theo Quyết định này.", []),
    ("Kế hoạch số 86/KH-UBND ngày 01/02/2021. Thực hiện Kế hoạch 86 giai đoạn 2021-2025",
     [{"symbol": "86/KH-UBND"}, {"text": "Kế hoạch 86", "symbol": "86/KH-UBND"}]),
    # a list of verbs with "sửa đổi" changes parts: amends, though "thay thế" is nearer (corpus 101, 038)
    ("Điều 1.\nBãi bỏ, sửa đổi, thay thế một số điều, phụ lục của Thông tư số 02/2023/TT-BTP ngày 29 tháng 6 năm 2023",
     [{"symbol": "02/2023/TT-BTP", "relation": "amends"}]),
    ("Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010",
     [{"symbol": "63/2010/NĐ-CP", "relation": "amends"}]),
    ("Quyết định này thay thế Quyết định số 1234/QĐ-UBND ngày 01/02/2020",
     [{"symbol": "1234/QĐ-UBND", "relation": "replaces"}]),
    # a cue governs no further than its sentence, a title ending with the full stop included
    ("Thực hiện Kế hoạch số 619/KH-MTTQ-BTT ngày 02/6/2023 về tuyên truyền, vận động Nhân dân. Nghị quyết số 29-NQ/TW đã xác định mục tiêu",
     [{"symbol": "619/KH-MTTQ-BTT", "relation": "implements"}, {"symbol": "29-NQ/TW", "relation": "cites"}]),
    # a line opening with a capital outside A-Z ("Đ", "Ư", "Â") starts a sentence as one opening "B" does
    ("Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị\nĐảng ủy xã quán triệt Quy định số 124-QĐ/TW",
     [{"symbol": "217-QĐ/TW", "relation": "based_on"}, {"symbol": "124-QĐ/TW", "relation": "cites"}]),
    ("Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị\nỦy ban quán triệt Quy định số 124-QĐ/TW",
     [{"symbol": "217-QĐ/TW", "relation": "based_on"}, {"symbol": "124-QĐ/TW", "relation": "cites"}]),
    ("Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị\nđồng thời quán triệt Quy định số 124-QĐ/TW",
     [{"symbol": "217-QĐ/TW", "relation": "based_on"}, {"symbol": "124-QĐ/TW", "relation": "based_on"}]),
    # "Xét" after ";" opens the next part of a preamble: no longer a basis
    ("Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ về phân cấp quản lý một số lĩnh vực cho "
     "thành phố Hồ Chí Minh; Xét Tờ trình số 4189/LS-LĐTBXH-TC ngày 28 tháng 7 năm 2008",
     [{"symbol": "93/2001/NĐ-CP", "relation": "based_on"}, {"symbol": "4189/LS-LĐTBXH-TC", "relation": "cites"}]),
    # "và" and a type word after a title with no verb in it: the next item, not part of the title
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính "
     "và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị "
     "định liên quan đến kiểm soát thủ tục hành chính;",
     [{"symbol": "63/2010/NĐ-CP", "relation": "based_on", "title": "Kiểm soát thủ tục hành chính"},
      {"symbol": "92/2017/NĐ-CP", "relation": "based_on", "clause": None, "date": D(2017, 8, 7)}]),
    ("gắn với việc triển khai Chỉ thị số 50-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng sinh hoạt "
     "chi bộ trong giai đoạn mới và Quy định số 339-QĐ/TW về sử dụng Sổ tay đảng viên điện tử",
     [{"symbol": "50-CT/TW", "relation": "implements", "title": "Tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới"},
      {"symbol": "339-QĐ/TW", "relation": "implements", "clause": None}]),
    # a passive turns the clause round: the citation after "được sửa đổi, bổ sung bởi" amends
    # the one before (corpus 087, 101, 091); the passive is no part of the title, and not
    # what the text itself does
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15;",
     [{"symbol": "15/2017/QH14", "relation": "based_on", "clause": None},
      {"symbol": "56/2024/QH15", "relation": "based_on", "clause": ("15/2017/QH14", "amended_by")}]),
    ("Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập, tổ chức "
     "lại, giải thể đơn vị sự nghiệp công lập được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP;",
     [{"symbol": "120/2020/NĐ-CP", "title": "Quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập"},
      {"symbol": "83/2024/NĐ-CP", "relation": "cites", "clause": ("120/2020/NĐ-CP", "amended_by")}]),
    ("Việc thu giữ tài sản bảo đảm thực hiện theo quy định tại khoản 3 Điều 198a Luật số 32/2024/QH15 được "
     "sửa đổi, bổ sung bởi Luật số 96/2025/QH15.",
     [{"symbol": "32/2024/QH15", "relation": "cites"},
      {"symbol": "96/2025/QH15", "relation": "cites", "clause": ("32/2024/QH15", "amended_by")}]),
    ("Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 57/2024/QH15",
     [{"symbol": "22/2023/QH15"}, {"symbol": "57/2024/QH15", "relation": "cites", "clause": ("22/2023/QH15", "amended_by")}]),
    ("Đề án 06 đã được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số 36/QĐ-UBND ngày 02/01/2025.",
     [{"text": "Đề án 06", "symbol": None}, {"symbol": "36/QĐ-UBND", "relation": "cites"}]),
    # from the audit of the corpus graph: a passive's verb is no act of the text (006); the
    # agent's article stands before it (087, 108); each document of an agent list acts (101)
    ("Căn cứ Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025) và Nghị quyết liên tịch số "
     "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
     [{"symbol": "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "relation": "based_on"}]),
    ("Kiểm tra việc thực hiện Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025) và Nghị quyết số 101/2025/UBTVQH15",
     [{"symbol": "101/2025/UBTVQH15", "relation": "implements"}]),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi điểm b khoản 3 Điều 5 "
     "Luật số 56/2024/QH15;",
     [{"symbol": "15/2017/QH14"}, {"symbol": "56/2024/QH15", "clause": ("15/2017/QH14", "amended_by")}]),
    ("Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ quy định về thành lập đơn vị sự nghiệp công "
     "lập được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP, Nghị định số 283/2025/NĐ-CP;",
     [{"symbol": "120/2020/NĐ-CP"}, {"symbol": "83/2024/NĐ-CP", "clause": ("120/2020/NĐ-CP", "amended_by")},
      {"symbol": "283/2025/NĐ-CP", "clause": ("120/2020/NĐ-CP", "amended_by")}]),
    # "kèm theo" is "attached to", no "according to" (077)
    ("Hội đồng nhân dân ban hành Nghị quyết sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số "
     "09/2022/NQ-HĐND ngày 14/7/2022",
     [{"symbol": "09/2022/NQ-HĐND", "relation": "amends"}]),
    ("Điều 2.\nThay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND",
     [{"symbol": "09/2022/NQ-HĐND", "relation": "amends"}]),
    # a unit written twice ("tỉnh tỉnh", corpus 066) still ends the issuer before its "về" clause
    ("Quyết định số 14/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh tỉnh về sửa đổi, bổ sung Quyết định "
     "số 10/2016/QĐ-UBND ngày 21/3/2016",
     [{"symbol": "14/2022/QĐ-UBND", "title": "Sửa đổi, bổ sung Quyết định số 10/2016/QĐ-UBND"},
      {"symbol": "10/2016/QĐ-UBND", "relation": "cites", "clause": ("14/2022/QĐ-UBND", "amends")}]),
    # a document of the nested one's type after "và" is the next item of the outer list, not in
    # the nested title (corpus 063, 065, 066, 067: 78 "guided" 79; 106)
    ("Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định "
     "số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn "
     "thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ "
     "về kiểm tra, rà soát;",
     [{"symbol": "187/2025/NĐ-CP"},
      {"symbol": "78/2025/NĐ-CP", "clause": ("187/2025/NĐ-CP", "amends"),
       "title": "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật"},
      {"symbol": "79/2025/NĐ-CP", "clause": ("187/2025/NĐ-CP", "amends")}]),
    # found by a review of this round's rules: each must not fire here
    ("Thực hiện Công văn số 123/BYT-DP về COVID-19, Sở Y tế đề nghị các đơn vị thực hiện Quyết định số 5/QĐ-UBND.",
     [{"symbol": "123/BYT-DP", "title": "COVID-19"}, {"symbol": "5/QĐ-UBND", "relation": "implements", "clause": None}]),
    ("KẾ HOẠCH\nTHỰC HIỆN KẾT LUẬN SỐ 01-KL/TW TIẾP TỤC ĐẨY MẠNH CÔNG TÁC PHÒNG CHỐNG THAM NHŨNG\n\nI. MỤC ĐÍCH, YÊU CẦU",
     [{"symbol": "01-KL/TW", "title": "TIẾP TỤC ĐẨY MẠNH CÔNG TÁC PHÒNG CHỐNG THAM NHŨNG"}]),
    ("Quyết định số 5/QĐ-UBND của UBND thành phố Điện Biên Phủ", [{"issuer": "Ủy ban nhân dân thành phố Điện Biên Phủ"}]),
    ("Kế hoạch số 5-KH/HU của Huyện ủy Điện Biên Đông", [{"issuer": "Huyện ủy Điện Biên Đông"}]),
    ("Quyết định số 5/QĐ-UBND của UBND phường Phương Liệt", [{"issuer": "Ủy ban nhân dân phường Phương Liệt"}]),
    ("Quyết định số 5/QĐ-UBND của Ủy ban nhân dân xã Ban Công", [{"issuer": "Ủy ban nhân dân xã Ban Công"}]),
    ("Nghị định số 15/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP, Nghị định số 91/2023/NĐ-CP "
     "được sửa đổi bởi Nghị định số 04/2024/NĐ-CP.",
     [{"symbol": "15/2020/NĐ-CP"}, {"symbol": "14/2022/NĐ-CP", "clause": ("15/2020/NĐ-CP", "amended_by")},
      {"symbol": "91/2023/NĐ-CP", "clause": None}, {"symbol": "04/2024/NĐ-CP", "clause": ("91/2023/NĐ-CP", "amended_by")}]),
    ("Luật Đất đai số 31/2024/QH15 đã được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 và Nghị định số 102/2024/NĐ-CP "
     "quy định chi tiết thi hành Luật Đất đai.",
     [{"symbol": "31/2024/QH15"}, {"symbol": "43/2024/QH15", "clause": ("31/2024/QH15", "amended_by")},
      {"symbol": "102/2024/NĐ-CP", "clause": None}]),
    ("Thực hiện Công văn số 123/UBND-VP ngày 5/3/2024 của UBND tỉnh, Sở Tư pháp báo cáo kết quả rà soát văn bản như "
     "sau:\n1. Quyết định số 5/2010/QĐ-UBND: đề nghị bãi bỏ.\n2. Quyết định số 7/2012/QĐ-UBND.",
     [{"symbol": "123/UBND-VP", "relation": "implements"}, {"symbol": "5/2010/QĐ-UBND", "relation": "cites"},
      {"symbol": "7/2012/QĐ-UBND", "relation": "cites"}]),
    ("Điều 1. Sửa đổi, bổ sung một số điều của Quy chế như sau:\n1. Bãi bỏ các văn bản sau:\n- Quyết định số "
     "11/2016/QĐ-UBND ngày 1/2/2016.",
     [{"symbol": "11/2016/QĐ-UBND", "relation": "repeals"}]),
    ("Căn cứ ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh tại Công văn số 456/UBND-TH ngày 1/2/2024;",
     [{"symbol": "456/UBND-TH", "relation": "based_on"}]),
    # a list opened by a line that opens with a cue: each item naming a document first takes it
    # (corpus 064, 53 repealed decisions); a cue inside the opening line governs no list (114)
    ("Điều 2. Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, cụ thể như sau:"
     "\n\n1. Quyết định số 76/2006/QĐ-UBND ngày 20 tháng 10 năm 2006 của Ủy ban nhân dân tỉnh Đồng Nai về việc ban "
     "hành Quy định.\n\n2. Quyết định số 11/2014/QĐ-UBND ngày 10 tháng 4 năm 2014 của Ủy ban nhân dân tỉnh Đồng Nai.",
     [{"symbol": "76/2006/QĐ-UBND", "relation": "repeals"}, {"symbol": "11/2014/QĐ-UBND", "relation": "repeals"}]),
    ("Sau khi nghe báo cáo tình hình triển khai thực hiện phân cấp, Bộ Chính trị kết luận như sau:\n1. Quyết định "
     "số 5/QĐ-UBND cơ bản phù hợp.",
     [{"symbol": "5/QĐ-UBND", "relation": "cites"}]),
    ("Yêu cầu, điều kiện thực hiện thủ tục hành chính:\n1. Thuốc có hạn dùng theo khoản 1 Điều 5 của Thông tư "
     "số 20/2017/TT-BYT.",
     [{"symbol": "20/2017/TT-BYT", "relation": "cites"}]),
    # after "và", a document of the outer one's type whose verb has named its object already is
    # the next item of the list (corpus 065, 021, 072)
    ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ Quy định chi tiết một số điều và "
     "biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số "
     "187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ Sửa đổi, bổ sung một số điều của Nghị định số "
     "78/2025/NĐ-CP;",
     [{"symbol": "78/2025/NĐ-CP", "relation": "based_on",
       "title": "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật"},
      {"symbol": "187/2025/NĐ-CP", "relation": "based_on", "clause": None},
      {"symbol": "78/2025/NĐ-CP", "clause": ("187/2025/NĐ-CP", "amends")}]),
    ("Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ hướng dẫn thi hành một số điều của Pháp lệnh "
     "ưu đãi người có công với cách mạng và Nghị định số 89/2008/NĐ-CP ngày 13/8/2008 của Chỉnh phủ hướng dẫn thi "
     "hành Pháp lệnh sửa đổi;",
     [{"symbol": "54/2006/NĐ-CP", "relation": "based_on"}, {"symbol": "89/2008/NĐ-CP", "relation": "based_on"}]),
    # an amending document's list of objects: each is amended, none is the text's basis (092)
    ("Căn cứ Luật Nhà ở số 27/2023/QH15; Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số "
     "31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức "
     "tín dụng số 32/2024/QH15;",
     [{"symbol": "27/2023/QH15", "relation": "based_on"}, {"symbol": "43/2024/QH15", "relation": "based_on"},
      {"symbol": "31/2024/QH15", "relation": "cites", "clause": ("43/2024/QH15", "amends")},
      {"symbol": "27/2023/QH15", "relation": "cites", "clause": ("43/2024/QH15", "amends")},
      {"symbol": "29/2023/QH15", "relation": "cites", "clause": ("43/2024/QH15", "amends")},
      {"symbol": "32/2024/QH15", "relation": "cites", "clause": ("43/2024/QH15", "amends")}]),
    # ... of the listed one's type only: a Thông tư after it is the next basis
    ("Căn cứ Nghị định số 10/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 11/2018/NĐ-CP, Thông tư số "
     "12/2019/TT-BTC;",
     [{"symbol": "10/2020/NĐ-CP", "relation": "based_on"},
      {"symbol": "11/2018/NĐ-CP", "clause": ("10/2020/NĐ-CP", "amends")},
      {"symbol": "12/2019/TT-BTC", "relation": "based_on", "clause": None}]),
    # text laid out by a PDF: a line wrapped inside a title or a sentence goes on (held-out
    # check 7: files 15, 32, 12); a line after a word a sentence can end with does not
    ("Căn cứ Quyết định số 1600/QĐ-TTg\nngày 16 tháng 8 năm 2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục\n"
     "tiêu quốc gia xây dựng nông thôn mới giai đoạn\n2016-2020 và Quyết định số 1722/QĐ-TTg ngày 02 tháng 9 năm 2016 "
     "của Thủ tướng\nChính phủ về phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững\ngiai đoạn 2016 - 2020;",
     [{"symbol": "1600/QĐ-TTg", "relation": "based_on",
       "title": "Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020"},
      {"symbol": "1722/QĐ-TTg", "relation": "based_on"}]),
    ("Căn cứ Thông tư số\n02/2022/TT-BLĐTBXH ngày 30/3/2022 của Bộ Lao động - Thương binh và Xã hội sửa đổi,\n"
     "bổ sung một số nội dung của Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ\ntrưởng Bộ Lao động - "
     "Thương binh và Xã hội hướng dẫn phương pháp rà soát;",
     [{"symbol": "02/2022/TT-BLĐTBXH", "relation": "based_on"},
      {"symbol": "07/2021/TT-BLĐTBXH", "relation": "cites", "clause": ("02/2022/TT-BLĐTBXH", "amends")}]),
    ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện\nKết luận số 27-KL/TW ngày 02 tháng 8 "
     "năm 2012 của Bộ Chính trị.",
     [{"symbol": "27-KL/TW", "relation": "implements"}]),
    ("Căn cứ Luật Bầu cử số 83/2025/QH15 và các văn bản hướng dẫn\nThực hiện Kế hoạch số 5/KH-UBND ngày "
     "02/01/2026 của Ủy ban nhân dân xã.",
     [{"symbol": "83/2025/QH15", "relation": "based_on"}, {"symbol": "5/KH-UBND", "relation": "implements"}]),
    # a place name in capitals stops at a cue verb: "CỦA TỈNH ỦY THỰC HIỆN …" is no place
    # "Thực Hiện" (held-out check 7, file 27)
    ("KẾ HOẠCH\n\nTRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 17-CTR/TU NGÀY 26/9/2013 CỦA TỈNH ỦY THỰC HIỆN "
     "NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY 03/6/2013 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA XI)\n",
     [{"symbol": "17-CTr/TU", "relation": "implements", "issuer": "Tỉnh ủy"},
      {"symbol": "25-NQ/TW", "relation": "cites", "clause": ("17-CTr/TU", "implements")}]),
    # revoking a decision repeals it; taking land back under one does not (held-out check 7, 17)
    ("Điều 1. Thu hồi Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005 của Ủy ban nhân dân tỉnh về việc đổi tên các "
     "Đài Truyền thanh huyện, thị xã.",
     [{"symbol": "2093/2005/QĐ-UBND", "relation": "repeals"}]),
    ("Thu hồi đất theo Quyết định số 12/QĐ-UBND ngày 1/2/2020 của Ủy ban nhân dân huyện.",
     [{"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    # an amending text's item: the verb opening it (or a ";" clause of it) acts on the document
    # holding the parts it locates, however long the list of parts (corpus 101)
    ("1. Bãi bỏ điểm c khoản 2 Điều 1 và quy định liên quan đến vị trí việc làm công chức nghiệp vụ chuyên ngành "
     "Tư pháp đối với “cấp huyện”, “Hội đồng nhân dân huyện”, “Ủy ban nhân dân huyện”, “Chủ tịch Ủy ban nhân dân "
     "huyện”, “Phòng Tư pháp” tại Phụ lục I, Phụ lục II, Phụ lục III, Phụ lục IV, Phụ lục V, Phụ lục VI, Phụ lục IX "
     "ban hành kèm theo Thông tư số 02/2023/TT-BTP.",
     [{"symbol": "02/2023/TT-BTP", "relation": "repeals"}]),
    ("2. Bãi bỏ cụm từ “lý lịch tư pháp” tại mục V Phụ lục I; bãi bỏ điểm 5 tiểu mục 2.5 mục 2 Bản mô tả vị trí "
     "việc làm chuyên viên chính về hành chính tư pháp tại Phụ lục VI ban hành kèm theo Thông tư số 02/2023/TT-BTP.",
     [{"symbol": "02/2023/TT-BTP", "relation": "repeals"}]),
    ("5. Thay thế cụm từ “xã, phường, thị trấn” thành “xã, phường, đặc khu” tại điểm 1 tiểu mục 2.2 mục 2 Bản mô tả "
     "vị trí việc làm công chứng viên tại Phụ lục VIII ban hành kèm theo Thông tư số 06/2023/TT-BTP.",
     [{"symbol": "06/2023/TT-BTP", "relation": "amends"}]),
    # ... not a verb inside the item, nor across the new wording
    ("Các cơ quan rà soát, bãi bỏ những nội dung không còn phù hợp của các văn bản hướng dẫn được nêu tại Phụ lục "
     "I ban hành kèm theo Thông tư số 02/2023/TT-BTP.",
     [{"symbol": "02/2023/TT-BTP", "relation": "cites"}]),
    ("1. Sửa đổi, bổ sung Điều 5 như sau: “Điều 5. Hồ sơ gồm bản sao giấy phép và các giấy tờ khác được quy định "
     "tại Phụ lục I ban hành kèm theo Thông tư số 02/2023/TT-BTP.”",
     [{"symbol": "02/2023/TT-BTP", "relation": "cites"}]),
    # "theo" names the amending document after "sửa đổi", "thay thế", "bãi bỏ" only (corpus 004,
    # 014 to 016, 092; not after "thực hiện"); after a comma too, where no other document is
    # named before it
    ("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 đã được sửa đổi, bổ sung "
     "một số điều theo Luật số 83/2025/QH15;",
     [{"symbol": "85/2015/QH13", "relation": "based_on"},
      {"symbol": "83/2025/QH15", "relation": "based_on", "clause": ("85/2015/QH13", "amended_by")}]),
    ("Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc "
     "UBND tỉnh, thành phố trực thuộc Trung ương, được sửa đổi, bổ sung theo Nghị định số 107/2020/NĐ-CP;",
     [{"symbol": "24/2014/NĐ-CP", "relation": "based_on"},
      {"symbol": "107/2020/NĐ-CP", "clause": ("24/2014/NĐ-CP", "amended_by")}]),
    ("Căn cứ Quyết định số 12/2020/QĐ-UBND của UBND tỉnh về quy chế được thực hiện theo Quyết định số 15/QĐ-UBND;",
     [{"symbol": "12/2020/QĐ-UBND"}, {"symbol": "15/QĐ-UBND", "clause": ("12/2020/QĐ-UBND", "cites")}]),
    # which document the passive is about is not told: no clause (corpus 063, 070)
    ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và "
     "biện pháp để tổ chức, hướng dẫn Luật ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị "
     "định số 187/2025/NĐ-CP;",
     [{"symbol": "78/2025/NĐ-CP", "title": "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn Luật ban hành văn bản quy phạm pháp luật"},
      {"symbol": "187/2025/NĐ-CP", "clause": None}]),
    ("Thông tư số 20/2017/TT-BYT ngày 10/5/2017 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Dược "
     "và Nghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính phủ về thuốc và nguyên liệu làm thuốc phải "
     "kiểm soát đặc biệt, được sửa đổi, bổ sung bởi Thông tư số 27/TT-BYT ngày 01 tháng 11 năm 2024",
     [{"symbol": "20/2017/TT-BYT"}, {"symbol": "54/2017/NĐ-CP", "title": "Thuốc và nguyên liệu làm thuốc phải kiểm soát đặc biệt"},
      {"symbol": "27/TT-BYT", "clause": None}]),
    ("Phê duyệt Kế hoạch số 45/KH-UBND ngày 03/4/2024",
     [{"symbol": "45/KH-UBND", "relation": "approves"}]),
    ("Sở Tư pháp hướng dẫn thực hiện Thông tư số 01/2021/TT-BTP",
     [{"symbol": "01/2021/TT-BTP", "relation": "guides"}]),
    ("bám sát quan điểm, mục tiêu nêu trong Nghị quyết số 29-NQ/TW và các nhiệm vụ trọng tâm",
     [{"symbol": "29-NQ/TW", "relation": "cites"}]),
    # A cue reaches through list items that name documents without a number ...
    ("Tuyên truyền, triển khai thực hiện có hiệu quả Nghị quyết Đại hội lần thứ XIII của Đảng; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII; Kết luận số 43-KL/TW, ngày 07-01-2019 của Ban Bí thư",
     [{"symbol": "43-KL/TW", "relation": "implements"}]),
    ("tuyên truyền thực hiện Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020 – 2025; các chỉ thị, nghị quyết của Tỉnh ủy, Thành ủy mà tập trung là: Nghị quyết số 13-NQ/TU của Ban Chấp hành Đảng bộ tỉnh",
     [{"symbol": "13-NQ/TU", "relation": "implements"}]),
    ("1. Thực hiện đầy đủ, nghiêm túc, đúng quy định Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Luật MTTQ Việt Nam; Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị",
     [{"symbol": "46-CT/TW", "relation": "implements"}]),
    ("tiếp tục thực hiện Chỉ thị 01/CT-TTg ngày 9/01/2015 của Thủ tướng Chính phủ về việc tổ chức Phong trào \"Toàn dân tham gia bảo vệ chủ quyền, lãnh thổ, an ninh biên giới quốc gia trong tình hình mới\"; Kế hoạch số 78/KHPH-MTTW-BĐBP ngày 12/02/2020",
     [{"symbol": "01/CT-TTg", "relation": "implements",
       "title": "Tổ chức Phong trào \"Toàn dân tham gia bảo vệ chủ quyền, lãnh thổ, an ninh biên giới quốc gia trong tình hình mới\""},
      {"symbol": "78/KHPH-MTTW-BĐBP", "relation": "implements"}]),
    # ... but not through the text itself, nor through a word that only begins like a type code.
    ("triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch này theo Luật Ngân sách nhà nước; Nghị quyết số 197/2025/QH15 của Quốc hội",
     [{"symbol": "197/2025/QH15", "relation": "cites"}]),
    ("QUYẾT ĐỊNH\nVỀ\nTHỰC HIỆN CHẾ ĐỘ ĐỐI VỚI QUÂN NHÂN THAM GIA KHÁNG CHIẾN CHỐNG MỸ CỨU NƯỚC CÓ DƯỚI\n20 NĂM CÔNG TÁC TRONG QUÂN ĐỘI ĐÃ PHỤC VIÊN, XUẤT NGŨ VỀ ĐỊA PHƯƠNG\nQuyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008",
     [{"symbol": "142/2008/QĐ-TTg", "relation": "cites"}]),
    # A locating word ("tại", "nêu trong") after a verb and its object: the verb says what
    # the text does with the document; a passive or a participle (no object) says nothing.
    ("- Cụ thể hóa nhiệm vụ, giải pháp chủ yếu đề ra tại Nghị quyết số 57-NQ/TW",
     [{"symbol": "57-NQ/TW", "relation": "implements"}]),
    ("- Các cấp, các ngành theo chức năng, nhiệm vụ được giao tổ chức quán triệt và triển khai thực hiện đồng bộ, hiệu quả các nhiệm vụ, giải pháp đã nêu trong Nghị quyết số 48/NQ-CP",
     [{"symbol": "48/NQ-CP", "relation": "implements"}]),
    ("Điều 6. Sửa đổi kỹ thuật một số điều tại Thông tư số 11/2025/TT-BTP ngày 25 tháng 6 năm 2025",
     [{"symbol": "11/2025/TT-BTP", "relation": "amends"}]),
    ("Nghị định số 23/2024/NĐ-CP ngày 27/02/2024 của Chính phủ (được sửa đổi, bổ sung tại Nghị định số 115/2024/NĐ-CP ngày 16/9/2024",
     [{"symbol": "23/2024/NĐ-CP"}, {"symbol": "115/2024/NĐ-CP", "relation": "cites"}]),
    ("(sửa đổi, bổ sung tại khoản 24 Điều 1 Nghị định số 187/2025/NĐ-CP ngày 01/7/2025",
     [{"symbol": "187/2025/NĐ-CP", "relation": "cites"}]),
    ("TTHC bị bãi bỏ tại Quyết định số 1329/QĐ-BTP",
     [{"symbol": "1329/QĐ-BTP", "relation": "cites"}]),
    ("Phiếu tiếp nhận hồ sơ sửa đổi, bổ sung theo Mẫu số 01 tại Phụ lục I của Nghị định số 163/2025/NĐ-CP",
     [{"symbol": "163/2025/NĐ-CP", "relation": "cites"}]),
    # 13. Not citations
    ("Biên bản họp Ban lãnh đạo dự kiến giới thiệu (Mẫu số 02/BCĐBHĐND-MT); Phiếu lấy ý kiến (Mẫu số 07/PLYK)", []),
    ("đối với người ứng cử đại biểu Hội đồng nhân dân (theo mẫu 07/HĐBC-HĐND);", []),
    ("Số: /KH-MTTQ-BTT", []),
    ("Trụ sở: Số 12/3 đường Lê Lợi, điện thoại 0237.3852.123, fax 0237 3852 124", []),
    ("đạt 70/100 điểm, từ Km0+00 - Km4+200, ngày 18/11/2025", []),
    ("được thực hiện theo khoản 2, khoản 3 Điều 36 của Luật bầu cử, nhiệm kỳ 2019 - 2024", []),
    ("Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020 – 2025; Nghị quyết Trung ương 4 về tăng cường", []),
    ("Kế hoạch 5 năm và Chương trình 3 tháng", []),
    # a verb before what it counts (round 45): "quy định 13 tiêu chí" lays down 13 criteria; a
    # document's criteria after its short form are its own (review 21)
    ("cấp phát hơn 10.000 tờ rơi, quy định 13 tiêu chí xây dựng hộ gia đình nông thôn mới; kế hoạch 4 chỉ tiêu", []),
    ("Năm 2024, tỉnh giao Kế hoạch 12 chỉ tiêu kinh tế - xã hội cho các huyện; Quy định 13 tiêu chí xây dựng hộ gia đình", []),
    ("Căn cứ Quyết định số 318/QĐ-TTg ngày 7/3/2022; theo Quyết định 318 tiêu chí xã nông thôn mới được điều chỉnh.",
     [{"symbol": "318/QĐ-TTg"}, {"text": "Quyết định 318", "symbol": "318/QĐ-TTg"}]),
    # what a number counts (ninth check, file 29)
    ("Chương 2: Thể thức và kỹ thuật trình bày văn bản 10 điều. Chương 3: Thể thức và kỹ thuật trình bày bản sao 2 "
     "điều. Quyết định 3 bước", []),
    # Eighth fresh check (40 excerpts of public pages, 2026-11-24), and what it led to in the corpus.
    # Older and damaged symbol shapes: a dot for the hyphen, a line broken after "/", a hyphen
    # lost with no year, a number with a letter
    ("Điều 1. Thu hồi Quyết định số 2093/2005/QĐ .UBND ngày 06/9/2005",
     [{"symbol": "2093/2005/QĐ-UBND", "date": D(2005, 9, 6), "relation": "repeals"}]),
    ("Quyết định này thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 của UBND tỉnh",
     [{"symbol": "01/1999/QĐ-UB", "relation": "replaces"}]),
    ("Căn cứ Tờ trình số 96/\nTTr-UB ngày 29 tháng 10 năm 2001 của UBND tỉnh",
     [{"symbol": "96/TTr-UB", "date": D(2001, 10, 29), "relation": "based_on"}]),
    ("Căn cứ Quyết định 491/QĐTTg ngày 7/5/2016 của Thủ tướng Chính phủ; Quyết định số 2468/QĐUBND ngày 02/11/2018",
     [{"symbol": "491/QĐ-TTg", "relation": "based_on"}, {"symbol": "2468/QĐ-UBND", "date": D(2018, 11, 2)}]),
    ("Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình tổng thể",
     [{"symbol": "30c/NQ-CP", "number": "30c", "date": D(2011, 11, 8), "relation": "based_on"}]),
    # a date opening the clause of the body that issued the document
    ("Theo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU về tổ chức Đại hội",
     [{"symbol": "291-KH/ĐU", "date": D(2019, 8, 16)}]),
    ("Ngày 15 tháng 11 năm 2010 Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội "
     "ban hành Thông tư liên tịch số 29/2010/TTLT-BGDĐT-BTC-BLĐTBXH hướng dẫn thực hiện",
     [{"symbol": "29/2010/TTLT-BGDĐT-BTC-BLĐTBXH", "date": D(2010, 11, 15)}]),
    # a title names only documents issued before its own, and never its own
    ("Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
     "tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của "
     "Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia",
     [{"symbol": "123/2015/NĐ-CP", "relation": "implements"},
      {"symbol": "101/QĐ-TTg", "relation": "implements", "clause": None}]),
    ("quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư, Kế hoạch số 25-KH/TU ngày "
     "30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết luận số "
     "111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy",
     [{"symbol": "100-KL/TW", "relation": "implements"}, {"symbol": "25-KH/TU", "relation": "implements"},
      {"symbol": "100-KL/TW", "clause": ("25-KH/TU", "implements")},
      {"symbol": "111-KL/TU", "relation": "implements", "clause": None}]),
    ("Bộ trưởng Bộ Y tế ban hành Thông tư bãi bỏ Thông tư số 31/2015/TT- BYT ngày 14 tháng 10 năm 2015.\nĐiều 1. "
     "Bãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015 của Bộ trưởng Bộ Y tế quy định việc áp "
     "dụng chế độ bồi dưỡng, pháp y tâm thần Bãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015",
     [{"symbol": "31/2015/TT-BYT", "relation": "repeals"}, {"symbol": "31/2015/TT-BYT", "relation": "repeals"},
      {"symbol": "31/2015/TT-BYT", "relation": "repeals", "clause": None}]),
    # the office before the body ("của Bộ trưởng Bộ …"), and the title after it
    ("4. Thông tư số 20/2017/TT-BYT ngày 10/5/2017 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật "
     "Dược và Nghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính phủ về thuốc",
     [{"symbol": "20/2017/TT-BYT", "issuer": "Bộ Y tế", "title": "Quy định chi tiết một số điều của Luật Dược và Nghị định số 54/2017/NĐ-CP"},
      {"symbol": "54/2017/NĐ-CP", "relation": "cites", "clause": ("20/2017/TT-BYT", "guides")}]),
    ("Quyết định số 5/QĐ-SYT ngày 5/3/2020 của Giám đốc Sở Y tế về việc ban hành quy chế",
     [{"symbol": "5/QĐ-SYT", "issuer": "Sở Y tế", "title": "Ban hành quy chế"}]),
    # a title after a comma, opening with what the document does
    ("Thực hiện theo quy định tại Thông tư số 42/2022/TT-BTC ngày 06 tháng 7 năm 2022 của Bộ Tài chính, sửa đổi, "
     "bổ sung một số điều của Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính quy "
     "định lập dự toán; Nghị quyết số 17/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh",
     [{"symbol": "42/2022/TT-BTC", "relation": "cites"},
      {"symbol": "338/2016/TT-BTC", "relation": "cites", "clause": ("42/2022/TT-BTC", "amends")},
      {"symbol": "17/2023/NQ-HĐND", "relation": "cites"}]),
    # the parts of a document, then the document, in a title
    ("Nghị định số 16/2009/NĐ-CP ngày 16 tháng 02 năm 2009 của Chính phủ về sửa đổi, bổ sung khoản 2, Điều 8, "
     "Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ",
     [{"symbol": "16/2009/NĐ-CP", "title": "Sửa đổi, bổ sung khoản 2, Điều 8, Nghị định số 13/2008/NĐ-CP"},
      {"symbol": "13/2008/NĐ-CP", "clause": ("16/2009/NĐ-CP", "amends")}]),
    # "trên cơ sở": on the basis of, not past a comma
    ("Trên cơ sở Đề án số 371/ĐA-CP ngày 09 tháng 05 năm 2025 của Chính phủ về sắp xếp đơn vị hành chính",
     [{"symbol": "371/ĐA-CP", "relation": "based_on"}]),
    ("Trên cơ sở ý kiến của Bộ Tài chính tại Công văn số 15564/BTC-KTN ngày 08/10/2025",
     [{"symbol": "15564/BTC-KTN", "relation": "based_on"}]),
    ("Thực hiện Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố "
     "về việc áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ trên "
     "địa bàn Thành phố Hồ Chí Minh và trên cơ sở báo cáo đề xuất của Sở Nông nghiệp và Môi trường tại Công văn số "
     "12252/SNNMT-TNNKS ngày 17 tháng 11 năm 2025",
     [{"symbol": "15-KL/ĐU", "relation": "implements"}, {"symbol": "66.4/2025/NQ-CP", "relation": "cites"},
      {"symbol": "12252/SNNMT-TNNKS", "relation": "based_on", "clause": None}]),
    ("Theo ý kiến tại công văn số 2325/ BKH/ VPTĐ ngày 15 tháng 4 năm 2002 của Bộ Kế hoạch và Đầu tư",
     [{"symbol": "2325/BKH-VPTĐ", "date": D(2002, 4, 15)}]),
    # carrying out a document's guidance carries it out ("theo quy định của" cites, above)
    ("xã đã thực hiện theo đúng hướng dẫn của Chỉ thị số 35-CT/TW, ngày 30 tháng 5 năm 2019 của Bộ Chính trị về "
     "Đại hội Đảng bộ các cấp; Kế hoạch số 153-KH/TU, ngày 11 tháng 7 năm 2019 của Ban Thường vụ Tỉnh ủy Bắc Kạn",
     [{"symbol": "35-CT/TW", "relation": "implements"}, {"symbol": "153-KH/TU", "relation": "implements"}]),
    # (a review of those rules) the text's own act after a comma; a title cut short keeps its
    # cues; with nothing nested, a title is cut right before the later document
    ("Điều 2. Bãi bỏ Quyết định số 12/2016/QĐ-UBND ngày 5/3/2016 của UBND tỉnh, sửa đổi Quyết định số "
     "5/2016/QĐ-UBND ngày 1/2/2016 của UBND tỉnh",
     [{"symbol": "12/2016/QĐ-UBND", "relation": "repeals"}, {"symbol": "5/2016/QĐ-UBND", "relation": "amends", "clause": None}]),
    ("Căn cứ Kế hoạch số 1/KH-UBND ngày 1/1/2021 của UBND tỉnh về triển khai Nghị quyết số 5/NQ-HĐND ngày "
     "1/1/2020 về phê duyệt đề án giảm nghèo và Quyết định số 7/QĐ-UBND ngày 2/2/2020 của UBND tỉnh;",
     [{"symbol": "1/KH-UBND"}, {"symbol": "5/NQ-HĐND", "clause": ("1/KH-UBND", "implements")},
      {"symbol": "7/QĐ-UBND", "clause": ("1/KH-UBND", "implements")}]),
    ("Thực hiện Kế hoạch số 25-KH/TU ngày 30/11/2016 của Tỉnh ủy về phát triển kinh tế và xã hội theo tinh thần "
     "Kết luận số 111-KL/TU ngày 14/8/2017 của Tỉnh ủy",
     [{"symbol": "25-KH/TU", "relation": "implements"}, {"symbol": "111-KL/TU", "clause": None}]),
    # a date after ", " right after a citation is that citation's
    ("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 10-KH/TU",
     [{"symbol": "05-CT/TW", "date": D(2016, 5, 15)}, {"symbol": "10-KH/TU", "date": None}]),
    # a part and a capitalised word after it: no document follows, the title ends
    ("Quyết định số 1/QĐ-UBND ngày 1/1/2021 của UBND tỉnh quy định chi tiết Điều 5, Sở Tài chính hướng dẫn",
     [{"symbol": "1/QĐ-UBND", "title": "Quy định chi tiết Điều 5"}]),
    ("Quyết định số 5/QĐ-STC ngày 5/3/2020 của Giám đốc  Sở Tài chính tỉnh Lào Cai về việc ban hành quy chế",
     [{"symbol": "5/QĐ-STC", "title": "Ban hành quy chế"}]),
    # Ninth fresh check (40 excerpts, 35 sites, relations first)
    ("Căn cứ Thông tư 31/2013TT-BGDĐT ngày 01/8/2013 của Bộ trưởng Bộ Giáo dục và Đào tạo; Quyết định số "
     "44/2007 QĐ-BGDĐT ngày 15/8/2007",
     [{"symbol": "31/2013/TT-BGDĐT", "date": D(2013, 8, 1)}, {"symbol": "44/2007/QĐ-BGDĐT", "date": D(2007, 8, 15)}]),
    ("Thực hiện theo Đề án số 06-ĐA/TU của Thành ủy Hà Nội về việc kiện toàn sắp xếp tổ chức Đảng",
     [{"symbol": "06-ĐA/TU", "relation": "implements"}]),
    ("4. Việc xét duyệt, thẩm định và thông báo quyết toán năm thực hiện theo Thông tư số 137/2017/TT-BTC",
     [{"symbol": "137/2017/TT-BTC", "relation": "cites"}]),
    ("2. Hình thức điều dưỡng, mức chi điều dưỡng: Thực hiện theo Thông tư liên tịch số 25/2010/TTLT-BLĐTBXH-BTC-BYT",
     [{"symbol": "25/2010/TTLT-BLĐTBXH-BTC-BYT", "relation": "cites"}]),
    ("Trình tự tổ chức hội nghị thực hiện theo khoản 5, Điều 1 Nghị quyết số 101/2025/UBTVQH15",
     [{"symbol": "101/2025/UBTVQH15", "relation": "cites"}]),
    ("Điều 1. Sửa đổi một số điều của Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định "
     "chi tiết thi hành Luật Đất đai (đã được sửa đổi, bổ sung bởi Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017)",
     [{"symbol": "43/2014/NĐ-CP", "relation": "amends"},
      {"symbol": "01/2017/NĐ-CP", "relation": "cites", "clause": ("43/2014/NĐ-CP", "amended_by")}]),
    ("- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về kết luận của đồng chí Tổng "
     "Bí thư tại Hội nghị sơ kết công tác 6 tháng đầu năm 2025 thực hiện Nghị quyết số 57-NQ/TW;",
     [{"symbol": "05-TB/BCĐTW", "issuer": "Ban Chỉ đạo Trung ương", "relation": "based_on"},
      {"symbol": "57-NQ/TW", "relation": "cites", "clause": ("05-TB/BCĐTW", "implements")}]),
    ("- Căn cứ Nghị định số 48/2008/NĐ-CP thay cho Nghị định số 45/2003/NĐ-CP về chức năng, quyền hạn của Bộ Nội vụ.",
     [{"symbol": "48/2008/NĐ-CP", "relation": "based_on"},
      {"symbol": "45/2003/NĐ-CP", "relation": "cites", "clause": ("48/2008/NĐ-CP", "replaces")}]),
    ("Đoàn khảo sát của Ban Chỉ đạo Tổng kết Nghị quyết số 23-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX",
     [{"symbol": "23-NQ/TW", "relation": "cites"}]),
    ("THÔNG TƯ SỐ 01/2011/TT-BNV\nNgày 19/01/2011 của Bộ Nội Vụ",
     [{"symbol": "01/2011/TT-BNV", "date": D(2011, 1, 19)}]),
    # a date opening the clause of the body that issues the next document is that one's, and
    # the text's verb before does not reach a document a body issues in its own clause
    ("Để chuẩn bị báo cáo kết quả 1 năm thực hiện Nghị quyết 25-NQ/TW, ngày 18/7/2014, Ban Dân vận Tỉnh ủy có "
     "Công văn số 700/CV-DVTU đề nghị các sở, ban, ngành khẩn trương xây dựng kế hoạch",
     [{"symbol": "25-NQ/TW", "date": None},
      {"symbol": "700/CV-DVTU", "date": D(2014, 7, 18), "issuer": "Ban Dân vận Tỉnh ủy", "relation": "cites"}]),
    ("Xét đề nghị của Bộ Quốc phòng tại đối tượng hưởng chế độ theo quy định tại Quyết định số 142/2008/QĐ-TTg "
     "ngày 27 tháng 10 năm 2008, Thủ tướng Chính phủ có ý kiến như sau:",
     [{"symbol": "142/2008/QĐ-TTg", "date": D(2008, 10, 27)}]),
    ("Thực hiện Nghị quyết số 5-NQ/TU, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 10-KH/HU",
     [{"symbol": "5-NQ/TU", "relation": "implements"}, {"symbol": "10-KH/HU", "relation": "cites"}]),
    # Tenth fresh check (40 excerpts, 38 sites; a third news of repeals by other documents)
    ("Căn cứ Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-\nCP-ĐCTUBTWMTTQVN ngày 15/01/2021;",
     [{"symbol": "09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "date": D(2021, 1, 15), "relation": "based_on"}]),
    ("Thông tư số 08/2023/TT-BYT đã bãi bỏ Thông tư số 31/2019/TT-BYT.",
     [{"symbol": "08/2023/TT-BYT", "relation": "cites"}, {"symbol": "31/2019/TT-BYT", "relation": "cites"}]),
    ("Bộ Tư pháp đề xuất bãi bỏ Quyết định số 153-HĐBT ngày 13/12/1983 của Hội đồng Bộ trưởng.",
     [{"symbol": "153-HĐBT", "relation": "cites"}]),
    ("Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 92/2009/TT- BTC ngày 12/5/2009",
     [{"symbol": "92/2009/TT-BTC", "relation": "cites"}]),
    ("Chính phủ cũng bãi bỏ Chỉ thị số 12/CT-TTg ngày 5/3/2015 và Chỉ thị số 20/CT-TTg ngày 10/5/2016",
     [{"symbol": "12/CT-TTg", "relation": "cites"}, {"symbol": "20/CT-TTg", "relation": "cites"}]),
    ("Quyết định 1269/QĐ-TTg nêu rõ, bãi bỏ Quyết định số 447/QĐ-TTg.",
     [{"symbol": "1269/QĐ-TTg"}, {"symbol": "447/QĐ-TTg", "relation": "cites"}]),
    ("Ngày 14/4/2023 Bộ trưởng Bộ Y tế đã ban hành Thông tư số 08/2023/TT-BYT.",
     [{"symbol": "08/2023/TT-BYT", "date": D(2023, 4, 14), "issuer": "Bộ Y tế"}]),
    # Eleventh fresh check (8 excerpts: a court journal, the State Bank, a ministry, police news)
    ("Ngày 07/3/2008, Bộ trưởng ban hành Quyết định số 259/QĐ-BTP về việc phê duyệt",
     [{"symbol": "259/QĐ-BTP", "date": D(2008, 3, 7)}]),
    ("Để thực hiện đúng các quy định của Luật Trợ giúp pháp lý, ngày 28/12/2007, Bộ Tư pháp đã ban hành Thông tư "
     "số 10/2007/TT-BTP hướng dẫn", [{"symbol": "10/2007/TT-BTP", "date": D(2007, 12, 28), "relation": "cites"}]),
    # (a review of those rules) the citation's own date before a clause; "trong đó có" names no
    # issuer; the text's own acts with "sẽ", "cũng"; a body of the citation before is not the
    # next one's issuer; "chỉ đạo" as a verb; compounds after a number
    ("Thực hiện Quyết định số 12/QĐ-TTg ngày 5/3/2024, UBND tỉnh ban hành kế hoạch triển khai.",
     [{"symbol": "12/QĐ-TTg", "date": D(2024, 3, 5)}]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU ngày "
     "20/6/2016.", [{"symbol": "05-CT/TW", "date": D(2016, 5, 15)}, {"symbol": "10-KH/TU", "date": D(2016, 6, 20)}]),
    ("Thực hiện Quyết định số 1/QĐ-BYT ngày 07/3/2008, Bộ trưởng ban hành Quyết định số 2/QĐ-BYT.",
     [{"symbol": "1/QĐ-BYT", "date": D(2008, 3, 7)}, {"symbol": "2/QĐ-BYT", "date": None}]),
    ("Bãi bỏ các văn bản sau, trong đó có Quyết định số 10/2015/QĐ-UBND và Quyết định số 11/2015/QĐ-UBND.",
     [{"symbol": "10/2015/QĐ-UBND", "relation": "repeals"}, {"symbol": "11/2015/QĐ-UBND", "relation": "repeals"}]),
    ("Quyết định này sẽ thay thế Quyết định số 12/2019/QĐ-UBND.", [{"symbol": "12/2019/QĐ-UBND", "relation": "replaces"}]),
    ("Thông tư này cũng bãi bỏ Thông tư số 10/2015/TT-BTC.", [{"symbol": "10/2015/TT-BTC", "relation": "repeals"}]),
    # a short name in brackets between a citation and its title
    ("Thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 (Nghị quyết 29) về đổi mới căn bản, toàn diện giáo dục và đào tạo.",
     [{"symbol": "29-NQ/TW", "title": "Đổi mới căn bản, toàn diện giáo dục và đào tạo"},
      {"symbol": "29-NQ/TW", "resolved_from": 24}]),
    ("Thực hiện Kết luận số 114-KL/TW của Ban Bí thư (sau đây gọi tắt là Kết luận 114) về nâng cao chất lượng.",
     [{"symbol": "114-KL/TW", "issuer": "Ban Bí thư", "title": "Nâng cao chất lượng"}, {"symbol": "114-KL/TW"}]),
    ("Thực hiện Nghị quyết số 29-NQ/TW (đã được sửa đổi) về đổi mới.", [{"symbol": "29-NQ/TW", "title": None}]),
    # every type word of the table names the text itself, or a new document
    ("Chương trình này sẽ thay thế Chương trình số 05/CTr-UBND.", [{"symbol": "05/CTr-UBND", "relation": "replaces"}]),
    ("Khi có Đề án mới thay thế Đề án số 06/ĐA-UBND thì thực hiện theo Đề án mới.",
     [{"symbol": "06/ĐA-UBND", "relation": "cites"}]),
    ("Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, Sở Y tế có Công văn số 20/SYT-NV.",
     [{"symbol": "10/KH-UBND"}, {"symbol": "20/SYT-NV", "issuer": "Sở Y tế"}]),
    ("Tỉnh ủy chỉ đạo sơ kết Chỉ thị số 05-CT/TW.", [{"symbol": "05-CT/TW", "relation": "reviews"}]),
    ("Thực hiện theo chỉ đạo của Thủ tướng Chính phủ tại Công văn số 100/TTg-KTTH.",
     [{"symbol": "100/TTg-KTTH", "relation": "implements"}]),
    ("Nghị định số 100/2019/NĐ-CP về xử phạt. Nghị định 100 điều chỉnh các hành vi vi phạm.",
     [{"symbol": "100/2019/NĐ-CP"}, {"symbol": "100/2019/NĐ-CP", "short": True}]),
    ("Theo Kế hoạch (*Số 12/KH-UBND ngày 3/4/2024*) của UBND tỉnh", [{"symbol": "12/KH-UBND"}]),
    ("Quyết định số 12/QĐ-UBND-\nV/v phê duyệt kế hoạch", [{"symbol": "12/QĐ-UBND"}]),
    # a cue in the title of a document named without a number is that document's
    ("Chỉ thị số 44-CT/TW về Đổi mới; Thông báo Kết luận của Ban Bí thư về tiếp tục thực hiện Kết luận số "
     "102-KL/TW của Bộ Chính trị khóa XI",
     [{"symbol": "44-CT/TW"}, {"symbol": "102-KL/TW", "relation": "cites"}]),
    # not a heading (the text's own title), nor the text issuing itself
    ("KẾ HOẠCH VỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 5-NQ/TW CỦA BỘ CHÍNH TRỊ",
     [{"symbol": "5-NQ/TW", "relation": "implements"}]),
    ("Ủy ban nhân dân tỉnh ban hành Kế hoạch về triển khai thực hiện Nghị quyết số 5-NQ/TW của Bộ Chính trị, cụ "
     "thể như sau:", [{"symbol": "5-NQ/TW", "relation": "implements"}]),

    # Twelfth fresh check (29 news and report excerpts from 27 sites)
    ("Thường trực đã ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ TW, ngày 22/12/2024 của Bộ "
     "Chính trị.", [{"symbol": "57-NQ/TW", "date": D(2024, 12, 22), "issuer": "Bộ Chính trị"}]),
    ("Thực hiện Quyết định số 5921/QĐ/HNDTW ngày 23/9/2022 và Kế hoạch số 560-KH/HNDTW ngày 10/2/2023.",
     [{"symbol": "5921-QĐ/HNDTW", "date": D(2022, 9, 23)}, {"symbol": "560-KH/HNDTW", "relation": "implements"}]),
    ("Ngày 12/8/2019, Thường vụ Quân ủy Trung ương ban hành Chỉ thị số 855-CT/QUTW về đẩy mạnh thực hiện Cuộc vận "
     "động.", [{"symbol": "855-CT/QUTW", "date": D(2019, 8, 12), "issuer": "Thường vụ Quân ủy Trung ương"}]),
    ("Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua.",
     [{"symbol": "176/KH-UBND", "date": D(2022, 7, 29)}]),
    ("Thực hiện Quyết định số 5921-QĐ/HNDTW ngày 23/9/2022 của Ban Thường vụ Trung ương Hội về việc thành lập Tiểu "
     "ban Văn kiện Đại hội VIII, nhiệm kỳ 2023 – 2028 và Kế hoạch số 560-KH/HNDTW ngày 10/2/2023 của Tiểu ban.",
     [{"symbol": "5921-QĐ/HNDTW", "title": "Thành lập Tiểu ban Văn kiện Đại hội VIII, nhiệm kỳ 2023 - 2028"},
      {"symbol": "560-KH/HNDTW", "date": D(2023, 2, 10), "relation": "implements"}]),
    ("Việc không tiến hành kiểm tra là thực hiện không đúng Điều 30, Quy định số 30-QĐ/TW của Ban Chấp hành Trung "
     "ương.", [{"symbol": "30-QĐ/TW", "relation": "cites"}]),
    ("Quyết định số 7-QĐ/TW của Ban Chỉ đạo Tỉnh về việc kiện toàn về công tác",
     [{"symbol": "7-QĐ/TW", "title": "Kiện toàn về công tác"}]),

    # Thirteenth fresh check (10 whole decrees, circulars and decisions from public repositories)
    ("2013; Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29 tháng\n11 năm 2006 và Luật sửa đổi, bổ sung một số "
     "điều\ncủa Luật Quản lý thuế số 21/2012/QH13 ngày 20 tháng 11 năm 2012;",
     [{"symbol": "78/2006/QH11", "relation": "based_on"}, {"symbol": "21/2012/QH13", "relation": "based_on"}]),
    ("THÔNG TƯ HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 209/2013/NĐ-CP NGÀY 18/12/2013 CỦA CHÍNH PHỦ Căn cứ Luật Thuế giá "
     "trị gia tăng số 13/2008/QH12 và Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng số "
     "31/2013/QH13;", [{"symbol": "209/2013/NĐ-CP", "relation": "guides"},
                       {"symbol": "13/2008/QH12", "relation": "based_on"},
                       {"symbol": "31/2013/QH13", "relation": "based_on"}]),
    ("THÔNG TƯ HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 218/2013/NĐ-CP NGÀY 26/12/2013 CỦA CHÍNH PHỦ QUY ĐỊNH\nVÀ HƯỚNG "
     "DẪN THI HÀNH LUẬT THUẾ THU NHẬP DOANH NGHIỆP Căn cứ Luật Thuế\nthu nhập doanh nghiệp số 14/2008/QH12;",
     [{"symbol": "218/2013/NĐ-CP", "relation": "guides",
       "title": "QUY ĐỊNH VÀ HƯỚNG DẪN THI HÀNH LUẬT THUẾ THU NHẬP DOANH NGHIỆP"},
      {"symbol": "14/2008/QH12", "relation": "based_on", "clause": None}]),
    ("Số: 78/2014/TT-BTC Hà Nội, ngày 18 tháng 06 năm 2014 THÔNG TƯ HƯỚNG\nDẪN THI HÀNH NGHỊ ĐỊNH SỐ "
     "218/2013/NĐ-CP NGÀY 26/12/2013 CỦA CHÍNH PHỦ", [{"symbol": "218/2013/NĐ-CP", "relation": "guides"}]),
    ("Căn cứ pháp lý:- Nghị định 121/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân quyền.- Thông tư "
     "số 05/2020/TT-BTP ngày 28/8/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết.",
     [{"symbol": "121/2025/NĐ-CP", "relation": "based_on", "title": "Quy định về phân quyền"},
      {"symbol": "05/2020/TT-BTP", "relation": "based_on", "clause": None}]),
    ("CHÍNH PHỦ\nSố: 247/2025/NĐ-CP\nHà Nội, ngày 15 tháng 9 năm 2025\nNghị định 247/2025/NĐ-CP sửa đổi Nghị "
     "định 171/2016/NĐ-CP.", [{"symbol": "171/2016/NĐ-CP", "relation": "amends", "clause": None}]),
    ("Thông tư số 63/2025/TT-NHNN ngày 31/12/2025 của Thống đốc Ngân hàng Nhà nước Việt Nam sửa đổi, bổ sung một "
     "số điều của một số Thông tư về quỹ tín dụng nhân dân (trong đó có Thông tư số 01/2025/TT-NHNN).",
     [{"symbol": "63/2025/TT-NHNN", "issuer": "Ngân hàng Nhà nước Việt Nam", "relation": "cites"},
      {"symbol": "01/2025/TT-NHNN", "relation": "cites"}]),

    # (a review of these rules) "; Căn cứ" before no document's name; "Căn cứ" as a place; a
    # bracket before "về" meaning "to"; a branch of the State Bank; "này" in the clause before;
    # an unknown body's name is no verb phrase
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 5/3/2025 của Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW; Căn cứ tình "
     "hình thực tế, Đảng ủy xã xây dựng Kế hoạch thực hiện Nghị quyết số 57-NQ/TW như sau:",
     [{"symbol": "12-KH/TU"}, {"symbol": "57-NQ/TW"}, {"symbol": "57-NQ/TW", "relation": "implements"}]),
    ("Ngày 5/3/2024, UBND tỉnh ban hành Quyết định số 55/QĐ-UBND về việc xếp hạng di tích lịch sử cấp tỉnh Căn "
     "cứ Tỉnh ủy Quảng Ngãi giai đoạn 1958 – 1965.",
     [{"symbol": "55/QĐ-UBND", "title": "Xếp hạng di tích lịch sử cấp tỉnh Căn cứ Tỉnh ủy Quảng Ngãi giai đoạn "
                                        "1958 - 1965"}]),
    ("Đề nghị gửi Kế hoạch số 12-KH/ĐU (theo mẫu số 01) về Văn phòng Đảng ủy trước ngày 15/12/2025.",
     [{"symbol": "12-KH/ĐU", "title": None}]),
    ("Sau 10 năm thực hiện Nghị quyết số 29-NQ/TW (Nghị quyết 29), về cơ bản các mục tiêu đã đạt được.",
     [{"symbol": "29-NQ/TW", "title": None}, {"symbol": "29-NQ/TW"}]),
    ("Thực hiện Công văn số 3947/QNI-TD của Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh về cho vay.",
     [{"symbol": "3947/QNI-TD", "issuer": None}]),
    ("Theo báo cáo này, Bộ Tài chính đã bãi bỏ Thông tư số 92/2009/TT-BTC.",
     [{"symbol": "92/2009/TT-BTC", "relation": "cites"}]),
    ("Thực hiện Kế hoạch số 08-KH/ĐTN của Đoàn Thanh niên Công ty tổ chức hoạt động về nguồn.",
     [{"symbol": "08-KH/ĐTN", "title": None}]),
    ("(theo mẫu biểu đã hướng dẫn tại Công văn số 2906/LĐTBXH-KHTC ngày 13/7/2017 của Bộ về việc xây dựng dự "
     "toán năm 2018-2020) gửi về Bộ trước ngày 12/7/2019.",
     [{"symbol": "2906/LĐTBXH-KHTC", "title": "Xây dựng dự toán năm 2018-2020"}]),
    # Fourteenth fresh check (22 excerpts of Party, Front and Youth Union plans and news)
    ("Ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW về xây dựng và thực hiện quy chế dân chủ ở cơ sở.",
     [{"symbol": "30-CT/TW", "date": D(1998, 2, 18), "issuer": "Bộ Chính trị"}]),
    ("Thực\nhiện chương trình công tác Đoàn năm 2015 của BCH\nHuyện Đoàn Thọ Xuân; kế hoạch số 125-KH/TĐTN-BTG ngày "
     "24/2/2015 của\nBCH Tỉnh Đoàn Thanh Hóa về việc tổ chức Tháng thanh niên, BTV Huyện Đoàn xây dựng Kế hoạch "
     "như sau:", [{"symbol": "125-KH/TĐTN-BTG", "relation": "implements"}]),
    # the document a sentence opens with is the one acting, words between or not
    ("Quy định 80 gồm 6 chương, 25 điều, thay thế cho Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị.",
     [{"symbol": None}, {"symbol": "105-QĐ/TW", "relation": "cites", "clause": None}]),
    ("Nghị định số 15/2020/NĐ-CP gồm 4 chương, 30 điều, bãi bỏ Nghị định số 10/2015/NĐ-CP.",
     [{"symbol": "15/2020/NĐ-CP"},
      {"symbol": "10/2015/NĐ-CP", "relation": "cites", "clause": ("15/2020/NĐ-CP", "repeals")}]),
    ("- Văn bản số 14748-CV/VPTW ngày 6/5/2025 của Văn phòng Trung ương sửa đổi, bổ sung một số điểm của Hướng "
     "dẫn số 40-HD/VPTW ngày 07/11/2018 về số hoá tài liệu.",
     [{"symbol": "14748-CV/VPTW"},
      {"symbol": "40-HD/VPTW", "relation": "cites", "clause": ("14748-CV/VPTW", "amends")}]),
    # "<type> này" names the text only if the text is of that type
    ("KẾ HOẠCH\nTuyên truyền Quy định mới\nNgày 18/8/2022, Bộ Chính trị ban hành Quy định số 80-QĐ/TW. Quy định "
     "này thay thế Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị.",
     [{"symbol": "80-QĐ/TW"}, {"symbol": "105-QĐ/TW", "relation": "cites"}]),
    ("QUY ĐỊNH\nvề phân cấp quản lý cán bộ\nĐiều 12. Quy định này thay thế Quy định số 105-QĐ/TW ngày 19/12/2017.",
     [{"symbol": "105-QĐ/TW", "relation": "replaces"}]),
    # a page with no type of its own: "này" is the document of that type it reported before
    ("Bộ Chính trị vừa chính thức ban hành Quy định 102/QĐ-TƯ về xử lý kỷ luật Đảng viên vi phạm. Quy định này gồm "
     "5 chương, 37 điều, thay thế Quy định 181/QĐ-TƯ của Bộ Chính trị khóa 11.",
     [{"symbol": "102-QĐ/TW"}, {"symbol": "181-QĐ/TW", "relation": "cites", "clause": ("102-QĐ/TW", "replaces")}]),
    ("Ngày 5/9/2022, Ban Chấp hành Trung ương công bố Quy định số 80-QĐ/TW về phân cấp quản lý cán bộ.\n\na) Quy "
     "định 80 gồm 6 chương, 34 điều, thay thế cho Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị.",
     [{"symbol": "80-QĐ/TW"}, {"symbol": "80-QĐ/TW"},
      {"symbol": "105-QĐ/TW", "relation": "cites", "clause": ("80-QĐ/TW", "replaces")}]),
    # Fifteenth fresh check (18 excerpts of provincial and district texts)
    ("Kính gửi: Ban Chỉ đạo Dự án 513 các tỉnh, thành phố trực thuộc trung ương", []),
    ("Thực hiện Dự án 513 của Chính phủ.", [{"symbol": None, "relation": "implements"}]),
    # the Youth Union's local committees and "BCH Đảng ủy xã" issue (fourteenth and fifteenth checks)
    ("Thực hiện Kế hoạch số 12-KH/HĐ của Huyện đoàn Mỹ Tú về tổ chức.",
     [{"symbol": "12-KH/HĐ", "issuer": "Huyện đoàn Mỹ Tú", "level": "huyện"}]),
    ("Thực hiện Kế hoạch số 5-KH/ĐU của BCH Đảng uỷ xã An Bình về tổ chức Đại hội.",
     [{"symbol": "5-KH/ĐU", "issuer": "Đảng ủy xã An Bình", "level": "xã"}]),
    # "đưa … vào cuộc sống": the verb and its complement either side of the citation (seed 000)
    ("thống nhất ý chí và hành động, sớm đưa Nghị quyết số 29-NQ/TW vào cuộc sống",
     [{"symbol": "29-NQ/TW", "relation": "implements"}]),
    ("Báo chí đưa tin về Nghị quyết số 29-NQ/TW.", [{"symbol": "29-NQ/TW", "relation": "cites"}]),
    # the name a text gives a document names it; the full citation says what the text does with it
    ("Thực hiện Quy định số 377-QĐ/TW ngày 7/6/2025 của Bộ Chính trị về phân cấp (sau đây gọi tắt là Quy định "
     "377), Ban Tổ chức hướng dẫn.", [{"symbol": "377-QĐ/TW", "relation": "implements"},
                                     {"symbol": "377-QĐ/TW", "relation": "cites"}]),
    ("Căn cứ Quyết định số 1227/QĐ-TTg ngày 14/7/2011 của Thủ tướng Chính phủ (sau đây gọi tắt là Quyết định số "
     "1227/QĐ-TTg);", [{"symbol": "1227/QĐ-TTg", "relation": "based_on"}, {"symbol": "1227/QĐ-TTg", "relation": "cites"}]),
    # Sixteenth fresh check (18 texts: schools, courts, veterans, a word-segmented corpus)
    ("Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015.",
     [{"symbol": "83/2015/QH13", "date": D(2015, 6, 25)}]),
    ("Thực_hiện Chỉ_thị số 10-CT/TW ngày 30-3-2007 của Bộ_Chính_trị.",
     [{"symbol": "10-CT/TW", "relation": "implements", "issuer": "Bộ Chính trị"}]),
    ("-  Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về chính sách.\n\n-  Kế hoạch số "
     "9799/KH-BQP ngày 7/10/2015 của Bộ Quốc phòng về tổ chức các hoạt động kỷ niệm.\n\nHội xây dựng kế hoạch:",
     [{"symbol": "02/CT-TTg", "relation": "based_on"}, {"symbol": "9799/KH-BQP", "relation": "based_on"}]),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật 2015 và Kế hoạch 2025 của Ủy ban nhân dân tỉnh", []),
    # Fourth review (of the sixteenth check's rules). The document a sentence opens with acts
    # only when nothing between gives the verb another subject, and never on itself or on a
    # later document; a body issuing a document right before the verb makes that one act.
    ("QUYẾT ĐỊNH\nVề quản lý cụm công nghiệp\nĐiều 3. Nghị định số 32/2024/NĐ-CP có hiệu lực từ ngày 1/5/2024, do "
     "đó Quyết định này thay thế Quyết định số 15/2018/QĐ-UBND ngày 2/4/2018 của UBND tỉnh.",
     [{"symbol": "32/2024/NĐ-CP", "date": None}, {"symbol": "15/2018/QĐ-UBND", "relation": "replaces", "clause": None}]),
    ("Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ đã có hiệu lực, vì vậy Ủy ban nhân dân tỉnh bãi bỏ "
     "Quyết định số 15/2018/QĐ-UBND ngày 2/4/2018.",
     [{"symbol": "32/2024/NĐ-CP"}, {"symbol": "15/2018/QĐ-UBND", "relation": "repeals", "clause": None}]),
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 được quán triệt; trên cơ sở đó, Ban Thường vụ Tỉnh ủy ban hành Kế "
     "hoạch số 20-KH/TU ngày 5/1/2018, thay thế Kế hoạch số 05-KH/TU ngày 3/3/2016.",
     [{"symbol": "18-NQ/TW"}, {"symbol": "20-KH/TU", "relation": "cites"},
      {"symbol": "05-KH/TU", "relation": "cites", "clause": ("20-KH/TU", "replaces")}]),
    ("Quyết định số 1234/QĐ-UBND ngày 5/3/2024 của Chủ tịch UBND tỉnh giao nhiệm vụ cho Sở Tài chính; nay sửa "
     "đổi, bổ sung Điều 2 Quyết định số 1234/QĐ-UBND như sau:",
     [{"symbol": "1234/QĐ-UBND"}, {"symbol": "1234/QĐ-UBND", "relation": "amends", "clause": None}]),
    ("Nghị định số 10/2015/NĐ-CP gồm 4 chương, bãi bỏ Nghị định số 15/2020/NĐ-CP.",
     [{"symbol": "10/2015/NĐ-CP"}, {"symbol": "15/2020/NĐ-CP", "relation": "repeals", "clause": None}]),
    # asked for, not done
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương yêu cầu sửa đổi, bổ sung Quy chế làm "
     "việc số 05-QC/HU ngày 2/3/2016 của Huyện ủy.",
     [{"symbol": "18-NQ/TW"}, {"symbol": "05-QC/HU", "relation": "cites", "clause": None}]),
    # "<type> này" in a news item: the document of that type reported before the phrase (one
    # said to be issued first), none if an unnumbered one was named since
    ("Ngày 10/3, UBND tỉnh ban hành Quyết định số 12/2024/QĐ-UBND quy định giá đất, thay cho Quyết định số "
     "5/2020/QĐ-UBND ngày 1/2/2020 đã hết hiệu lực. Quyết định này cũng bãi bỏ Quyết định số 7/2021/QĐ-UBND ngày "
     "3/3/2021.", [{"symbol": "12/2024/QĐ-UBND"},
                   {"symbol": "5/2020/QĐ-UBND", "clause": ("12/2024/QĐ-UBND", "replaces")},
                   {"symbol": "7/2021/QĐ-UBND", "relation": "cites", "clause": ("12/2024/QĐ-UBND", "repeals")}]),
    ("Bộ Chính trị ban hành Quy định số 142-QĐ/TW ngày 2/8/2024 về thí điểm; theo đó, các địa phương căn cứ Quy "
     "định số 105-QĐ/TW ngày 19/12/2017 để rà soát. Quy định này có hiệu lực từ ngày ký, thay thế Quy định số "
     "90-QĐ/TW ngày 4/8/2017.", [{"symbol": "142-QĐ/TW"}, {"symbol": "105-QĐ/TW"},
                                 {"symbol": "90-QĐ/TW", "relation": "cites", "clause": ("142-QĐ/TW", "replaces")}]),
    ("Thực hiện Quy định số 124-QĐ/TW ngày 4/10/2023 của Bộ Chính trị, các cấp ủy đã tổ chức kiểm điểm. Mới đây, "
     "Bộ Chính trị ban hành Quy định về khung tiêu chuẩn chức danh cán bộ. Quy định này thay thế Quy định số "
     "90-QĐ/TW ngày 4/8/2017.",
     [{"symbol": "124-QĐ/TW", "relation": "implements"}, {"symbol": "90-QĐ/TW", "relation": "cites", "clause": None}]),
    # in a text that issues an attachment, "Quy định này" is its own; "Văn bản này" always is
    ("QUYẾT ĐỊNH\nBan hành Quy định quản lý cụm công nghiệp\nĐiều 1. Ban hành kèm theo Quyết định này Quy định "
     "quản lý cụm công nghiệp.\nĐiều 2. Quy định này thay thế Quy định ban hành kèm theo Quyết định số "
     "15/2018/QĐ-UBND ngày 2/4/2018 của UBND tỉnh.", [{"symbol": "15/2018/QĐ-UBND", "relation": "replaces"}]),
    ("KẾ HOẠCH\nTriển khai công tác cải cách hành chính năm 2024\nVăn bản này thay thế Kế hoạch số 40/KH-UBND ngày "
     "2/3/2023 của UBND huyện.", [{"symbol": "40/KH-UBND", "relation": "replaces"}]),
    # a list's "- Căn cứ" item rests the text on the items after it only when it names a
    # document only and no other item stands above it
    ("Huyện ủy đã ban hành nhiều văn bản, cụ thể:\n- Căn cứ Nghị quyết số 57-NQ/TW, Ban Thường vụ Huyện ủy ban "
     "hành Chương trình hành động số 20-CTr/HU ngày 5/2/2025;\n- Kế hoạch số 35-KH/HU ngày 10/3/2025 của Ban Thường "
     "vụ Huyện ủy về chuyển đổi số;\n- Chỉ thị số 10-CT/HU ngày 12/4/2025 của Ban Thường vụ Huyện ủy.",
     [{"symbol": "57-NQ/TW"}, {"symbol": "20-CTr/HU"}, {"symbol": "35-KH/HU", "relation": "cites"},
      {"symbol": "10-CT/HU", "relation": "cites"}]),
    ("III. NHIỆM VỤ\n- Căn cứ Kế hoạch này, các cơ quan, đơn vị xây dựng kế hoạch cụ thể.\n- Kế hoạch số "
     "40/KH-UBND ngày 2/3/2023 của UBND huyện hết hiệu lực kể từ ngày ký.",
     [{"symbol": "40/KH-UBND", "relation": "cites"}]),
    ("Các văn bản đã ban hành:\n- Kế hoạch số 35-KH/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy;\n- Căn cứ Hướng "
     "dẫn số 12-HD/BTGTW, Huyện ủy ban hành Chỉ thị số 10-CT/HU;\n- Quyết định số 300-QĐ/HU ngày 12/4/2025 của Ban "
     "Thường vụ Huyện ủy về thành lập Ban Chỉ đạo.",
     [{"symbol": "35-KH/HU", "relation": "cites"}, {"symbol": "12-HD/BTGTW"}, {"symbol": "10-CT/HU"},
      {"symbol": "300-QĐ/HU", "relation": "cites"}]),
    ("I. CĂN CỨ\n- Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n- Căn cứ Nghị định số 30/2020/NĐ-CP ngày "
     "5/3/2020 của Chính phủ về công tác văn thư;\n- Kế hoạch số 9799/KH-UBND ngày 2/3/2024 của UBND tỉnh.",
     [{"symbol": "30/2020/NĐ-CP", "relation": "based_on"}, {"symbol": "9799/KH-UBND", "relation": "based_on"}]),
    # a name given to a document the text cited without its number is the one mention of it
    ("Thực hiện Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ (sau đây gọi tắt là Nghị "
     "quyết số 57-NQ/TW), UBND huyện ban hành Kế hoạch.", [{"symbol": "57-NQ/TW", "relation": "implements"}]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 (sau đây gọi là Luật số 77/2015/QH13);",
     [{"symbol": "77/2015/QH13", "relation": "based_on"}]),
    # a footnote's number glued to a Quốc hội term, as PDFs give it
    ("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH131 ngày 25/6/2015 và Luật số 80/2015/QH132.",
     [{"symbol": "83/2015/QH13", "date": D(2015, 6, 25)}, {"symbol": "80/2015/QH13"}]),
    # folding makes "huyện Đoan Hùng" read "huyen doan hung": no Huyện đoàn
    ("Thực hiện Kế hoạch số 120/KH-UBND ngày 2/3/2024 của huyện Đoan Hùng về chuyển đổi số.",
     [{"symbol": "120/KH-UBND", "issuer": "Ủy ban nhân dân"}]),
    ("Thực hiện Kế hoạch số 12-KH/HĐ của Huyện đòan Mỹ Tú về tổ chức.",
     [{"symbol": "12-KH/HĐ", "issuer": "Huyện đoàn Mỹ Tú"}]),
    ("Thực hiện Nghị quyết số 10-NQ/ĐU ngày 2/1/2024 của Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh về phát triển.",
     [{"symbol": "10-NQ/ĐU", "issuer": "Đảng ủy Khối các cơ quan tỉnh", "level": "tỉnh"}]),
    # Seventeenth fresh check (19 texts). A page that lost its Đ: the code is the same one.
    ("Căn cứ Nghị định số 87/2017/ND-CP ngày 26/7/2017 của Chính phủ.",
     [{"symbol": "87/2017/NĐ-CP", "relation": "based_on", "date": D(2017, 7, 26)}]),
    ("Nghị định số 100/2009/ND- CP ngày 03/11/2009; Quyết định số 23/QD-TTg ngày 5/1/2020; Đề án số 12/DA-UBND.",
     [{"symbol": "100/2009/NĐ-CP", "date": D(2009, 11, 3)}, {"symbol": "23/QĐ-TTg"}, {"symbol": "12/DA-UBND"}]),
    # only before an issuer code the tables know (fifth review)
    ("Kế hoạch số 45/ND-HND ngày 2/3/2020.", [{"symbol": "45/ND-HND", "type": "Kế hoạch"}]),
    # the level of the issuer code before the date; the Standing Committee's short name
    ("Căn cứ Kế hoạch số 07/KH- HĐND xã ngày 02/11/2023 của HĐND xã.",
     [{"symbol": "07/KH-HĐND", "date": D(2023, 11, 2)}]),
    ("Nghị quyết số 403/2017/NQLT-UBTVQH-CP-DCTUBTVQH của UBTV Quốc hội ban hành ngày 15/6/2017.",
     [{"symbol": "403/2017/NQLT-UBTVQH-CP-DCTUBTVQH", "date": D(2017, 6, 15)}]),
    ("Nghị quyết số 403/2017/NQLT-UBTVQH-CP-DCTUBTVQH Liên tịch giữa UBTV Quốc hội, Chính phủ và Đoàn Chủ tịch UBTW "
     "MTTQ Việt Nam ban hành ngày 15/6/2017 về các hình thức giám sát.",
     [{"symbol": "403/2017/NQLT-UBTVQH-CP-DCTUBTVQH", "date": D(2017, 6, 15), "title": "Các hình thức giám sát"}]),
    # after ";", the cue goes on to an item its document opens, however long the item before
    # ran, and to no clause with a subject of its own
    ("Thực hiện Hướng dẫn số 534-HD/HNDTW ngày 2/3/2023 của Ban Thường vụ Hội Nông dân tỉnh hướng dẫn tuyên truyền "
     "Đại hội; Kế hoạch số 191-KH/HNDT ngày 10/3/2023 của Hội Nông dân tỉnh về tổ chức.",
     [{"symbol": "534-HD/HNDTW", "relation": "implements"}, {"symbol": "191-KH/HNDT", "relation": "implements"}]),
    ("Thực hiện Chỉ thị số 28-CT/TU của Tỉnh ủy; Hướng dẫn số 534-HD/HNDTW ngày 2/3/2023 của Trung ương Hội Nông "
     "dân Việt Nam hướng dẫn tuyên truyền Đại hội.",
     [{"symbol": "28-CT/TU"}, {"symbol": "534-HD/HNDTW", "relation": "implements",
                               "issuer": "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"}]),
    ("Thực hiện Công văn số 4930/MTTW-BTT ngày 2/3/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; Ban "
     "Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu các cấp triển khai.",
     [{"symbol": "4930/MTTW-BTT", "relation": "implements"}, {"symbol": "682-CV/TU", "relation": "cites"}]),
    # Eighteenth fresh check (20 texts): a day glued to "tháng"; "; Thực hiện" after "Căn cứ"
    # opens the next part of a preamble (corpus 010 likewise); "<body> căn cứ:" over a list;
    # a unit's number ending an issuer code
    ("Căn cứ Nghị định số 22/2005/NĐ-CP ngày 01tháng 3 năm 2005 của Chính phủ.",
     [{"symbol": "22/2005/NĐ-CP", "date": D(2005, 3, 1), "relation": "based_on"}]),
    ("Nghị định số 22/2005/NĐ-CP ngày 01 tháng3 năm 2005; Nghị định số 23/2005/NĐ-CP ngày 02 tháng 3năm 2005.",
     [{"symbol": "22/2005/NĐ-CP", "date": D(2005, 3, 1)}, {"symbol": "23/2005/NĐ-CP", "date": D(2005, 3, 2)}]),
    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Thực hiện Công văn số 565- CV/TU, ngày 14/03/2022 của Ban Thường vụ "
     "Tỉnh ủy; Thực hiện Kế hoạch số 104- KH/HU ngày 15/3/2022 của Huyện ủy.",
     [{"symbol": "565-CV/TU", "relation": "implements"}, {"symbol": "104-KH/HU", "relation": "implements"}]),
    ("Hội đồng nhân dân xã Gia Hanh căn cứ:\n- Nghị quyết liên tịch số 72/2025/NQLT-UBTVQH15-ĐCTUBTWMTTQVN ngày "
     "5/3/2025;\n- Nghị quyết số 10/NQ-HĐND ngày 5/3/2025.",
     [{"symbol": "72/2025/NQLT-UBTVQH15-ĐCTUBTWMTTQVN", "relation": "based_on"},
      {"symbol": "10/NQ-HĐND", "relation": "based_on"}]),
    ("Quyết định số 1867-QĐ/TCCB-3 ngày 07/10/1975; Quyết định số 123/QĐ-TCCB-3 ngày 07/10/1975; Quyết định số "
     "124/QĐ-UBND-10/5/2020.", [{"symbol": "1867-QĐ/TCCB-3", "date": D(1975, 10, 7)},
                                {"symbol": "123/QĐ-TCCB-3", "date": D(1975, 10, 7)}, {"symbol": "124/QĐ-UBND"}]),
    # Fifth review. After ";", a few words before the next item's document leave the cue to it;
    # a body opening the item does not
    ("Thực hiện Chỉ thị số 28-CT/TU ngày 13/9/2022 của Ban Thường vụ Tỉnh ủy; Luật Đất đai số 31/2024/QH15 ngày "
     "18/1/2024; (2) Kế hoạch số 191-KH/HNDT ngày 29/9/2022; và Kế hoạch số 192-KH/HNDT.",
     [{"symbol": "28-CT/TU", "relation": "implements"}, {"symbol": "31/2024/QH15", "relation": "implements"},
      {"symbol": "191-KH/HNDT", "relation": "implements"}, {"symbol": "192-KH/HNDT", "relation": "implements"}]),
    ("Thực hiện Chỉ thị số 28-CT/TU ngày 13/9/2022 của Ban Thường vụ Tỉnh ủy; Nghị quyết Đại hội Đảng bộ tỉnh lần "
     "thứ XXI và Kế hoạch số 191-KH/HNDT ngày 29/9/2022.", [{"symbol": "28-CT/TU"},
                                                          {"symbol": "191-KH/HNDT", "relation": "implements"}]),
    # a comma in a "- Căn cứ" item before a resolution's conference or a joint issuer is no clause
    ("I. CĂN CỨ\n- Căn cứ Nghị quyết số 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ tám Ban Chấp hành Trung ương "
     "Đảng khóa XII về phát triển bền vững kinh tế biển;\n- Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban "
     "hành Kế hoạch tổng thể;\n- Kế hoạch số 12-KH/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy.",
     [{"symbol": "36-NQ/TW", "relation": "based_on"}, {"symbol": "26/NQ-CP", "relation": "based_on"},
      {"symbol": "12-KH/TU", "relation": "based_on"}]),
    # "<type> này" right after a document of that type is that document, even in a text that
    # issues attachments; a type no text attaches ("Nghị định này" in a Quyết định) likewise
    ("QUYẾT ĐỊNH\nBan hành Quy chế làm việc\nCăn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung "
     "ương thi hành Điều lệ Đảng. Quy định này thay thế Quy định số 29-QĐ/TW ngày 25/7/2016;\nQUYẾT ĐỊNH:\nĐiều 1. "
     "Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh.",
     [{"symbol": "24-QĐ/TW"}, {"symbol": "29-QĐ/TW", "relation": "cites", "clause": ("24-QĐ/TW", "replaces")}]),
    ("QUYẾT ĐỊNH\nPhê duyệt Đề án\nĐiều 1. Phê duyệt Đề án phát triển du lịch kèm theo Quyết định này.\nĐiều 2. Nghị "
     "định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về cụm công nghiệp đã thay thế Nghị định số "
     "68/2017/NĐ-CP; Nghị định này bãi bỏ Nghị định số 66/2020/NĐ-CP.",
     [{"symbol": "32/2024/NĐ-CP"}, {"symbol": "68/2017/NĐ-CP"},
      {"symbol": "66/2020/NĐ-CP", "relation": "cites", "clause": ("32/2024/NĐ-CP", "repeals")}]),
    # a news item: the document it reported, not one it said was issued long before; an
    # unnumbered mention of the type without an issuing verb refers back; "Văn bản này" too
    ("Năm 2020, UBND tỉnh ban hành Quyết định số 5/2020/QĐ-UBND về giá đất. Đến nay, Thủ tướng Chính phủ vừa ký "
     "Quyết định số 30/2024/QĐ-TTg ngày 1/3/2024 về khung giá. Quyết định này bãi bỏ Quyết định số 3/2019/QĐ-TTg "
     "ngày 5/1/2019.", [{"symbol": "5/2020/QĐ-UBND"}, {"symbol": "30/2024/QĐ-TTg"},
                        {"symbol": "3/2019/QĐ-TTg", "relation": "cites", "clause": ("30/2024/QĐ-TTg", "repeals")}]),
    ("Ngày 10/3/2024, UBND tỉnh ban hành Quyết định số 12/2024/QĐ-UBND quy định giá đất. Quyết định có hiệu lực từ "
     "ngày 20/3/2024. Quyết định này thay thế Quyết định số 5/2020/QĐ-UBND ngày 1/2/2020.",
     [{"symbol": "12/2024/QĐ-UBND"},
      {"symbol": "5/2020/QĐ-UBND", "relation": "cites", "clause": ("12/2024/QĐ-UBND", "replaces")}]),
    ("Ngày 10/3/2024, UBND tỉnh ban hành Quyết định số 12/2024/QĐ-UBND quy định giá đất trên địa bàn tỉnh. Văn bản "
     "này thay thế Quyết định số 5/2020/QĐ-UBND ngày 1/2/2020.",
     [{"symbol": "12/2024/QĐ-UBND"},
      {"symbol": "5/2020/QĐ-UBND", "relation": "cites", "clause": ("12/2024/QĐ-UBND", "replaces")}]),
    ("Ngày 2/8/2024, Bộ Chính trị ban hành Quy định số 142-QĐ/TW về thí điểm. Văn bản quy định rõ thẩm quyền của cấp "
     "ủy. Ngày 5/9/2024, Bộ Chính trị tiếp tục ban hành Quy định về khung tiêu chuẩn chức danh. Quy định này thay "
     "thế Quy định số 90-QĐ/TW ngày 4/8/2017.",
     [{"symbol": "142-QĐ/TW"}, {"symbol": "90-QĐ/TW", "relation": "cites", "clause": None}]),
    # a proposal the text adopts is the text's act
    ("QUYẾT ĐỊNH\nVề việc bãi bỏ\nĐiều 1. Chấp thuận đề nghị bãi bỏ Quyết định số 15/2018/QĐ-UBND ngày 2/4/2018 "
     "của UBND tỉnh.", [{"symbol": "15/2018/QĐ-UBND", "relation": "repeals"}]),
    # brackets dating another document's amendment, in the other ways texts write them
    ("trọng tâm là: Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung ngày 20/6/2017); Luật Đất đai năm 2013 (sửa đổi, bổ "
     "sung năm 2018 và năm 2020); Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017); Quy định số 69-QĐ/TW ngày "
     "06/7/2022 của Ban Chấp hành Trung ương.", [{"symbol": "69-QĐ/TW", "relation": "cites"}]),
    # an alias keeps the relation when the sentence names the document only so, whatever the
    # text said of it before
    ("Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.\nThực hiện "
     "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ (sau đây gọi tắt là Nghị quyết số "
     "57-NQ/TW), UBND huyện ban hành Kế hoạch.",
     [{"symbol": "57-NQ/TW"}, {"symbol": "57-NQ/TW", "relation": "implements"}]),
    # "thì" gives the verb the text for subject; "đồng thời" after a document a body issued
    ("QUYẾT ĐỊNH\nVề giá dịch vụ\nĐiều 3. Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ có hiệu lực thi "
     "hành thì bãi bỏ Quyết định số 15/2018/QĐ-UBND ngày 2/4/2018 của UBND tỉnh.",
     [{"symbol": "32/2024/NĐ-CP"}, {"symbol": "15/2018/QĐ-UBND", "relation": "repeals", "clause": None}]),
    ("Ngày 10/3/2024, Ban Thường vụ Huyện ủy đã ban hành Chỉ thị số 10-CT/HU ngày 2/3/2024, đồng thời bãi bỏ Chỉ "
     "thị số 05-CT/HU ngày 1/1/2020.",
     [{"symbol": "10-CT/HU"}, {"symbol": "05-CT/HU", "relation": "cites", "clause": ("10-CT/HU", "repeals")}]),
    # Nineteenth fresh check (19 texts): a date before a body the tables do not know, which
    # issues a document, is that document's, not the one cited before it (corpus 107 likewise)
    ("Ngày 15/3/2024, Bộ trưởng, Chủ nhiệm Uỷ ban Dân tộc ban hành Thông tư số 01/2024/TT-UBDT quy định chi tiết.",
     [{"symbol": "01/2024/TT-UBDT", "date": D(2024, 3, 15)}]),
    ("Để thực hiện Nghị quyết số 29-NQ/TW, ngày 15/3/2024, Ủy ban Dân tộc ban hành Thông tư số 01/2024/TT-UBDT.",
     [{"symbol": "29-NQ/TW", "date": None, "relation": "implements"},
      {"symbol": "01/2024/TT-UBDT", "date": D(2024, 3, 15), "relation": "cites"}]),
    ("Thực hiện Nghị quyết số 29-NQ/TW, ngày 15/3/2024, Thủ tướng có ý kiến chỉ đạo.",
     [{"symbol": "29-NQ/TW", "date": D(2024, 3, 15)}]),
    # Sixth review. A proposal the text reports is not its act; an item with a verb of its own
    # takes no cue across ";"; a document cited before "kèm theo" hides no attachment; "nên",
    # "thì" read with their diacritics ("nền", "thị" are other words); "<body> căn cứ:" only
    # with a body; a comma's "Quyết định số …" is a list, not a clause
    ("BÁO CÁO\nKết quả rà soát văn bản\nQua rà soát, Sở Tư pháp đề nghị bãi bỏ Quyết định số 15/2018/QĐ-UBND ngày "
     "2/4/2018 của UBND tỉnh.", [{"symbol": "15/2018/QĐ-UBND", "relation": "cites"}]),
    ("QUYẾT ĐỊNH\nVề việc bãi bỏ văn bản\nĐiều 1. Bãi bỏ Quyết định số 1/2019/QĐ-UBND ngày 2/3/2019 của UBND tỉnh; "
     "giữ nguyên hiệu lực của Quyết định số 2/2020/QĐ-UBND ngày 3/4/2020 của UBND tỉnh.",
     [{"symbol": "1/2019/QĐ-UBND", "relation": "repeals"}, {"symbol": "2/2020/QĐ-UBND", "relation": "cites"}]),
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 2/3/2021 của Tỉnh ủy; năm 2022, thị xã đã ban hành Quyết định số "
     "100/QĐ-UBND ngày 4/3/2022.", [{"symbol": "12-KH/TU", "relation": "implements"},
                                   {"symbol": "100/QĐ-UBND", "relation": "cites"}]),
    ("QUYẾT ĐỊNH\nBan hành Kế hoạch chuyển đổi số\nCăn cứ Kế hoạch số 12/KH-UBND ngày 10/2/2023 của UBND tỉnh về "
     "chuyển đổi số;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.\nĐiều 2. "
     "Kế hoạch này thay thế Kế hoạch số 30/KH-UBND ngày 10/2/2023 của UBND huyện.",
     [{"symbol": "12/KH-UBND", "relation": "based_on"}, {"symbol": "30/KH-UBND", "relation": "replaces"}]),
    ("KẾ HOẠCH\nThực hiện Nghị quyết\nNghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị là nền tảng quan "
     "trọng, thay thế Nghị quyết số 52-NQ/TW ngày 27/9/2019.",
     [{"symbol": "57-NQ/TW"}, {"symbol": "52-NQ/TW", "relation": "cites", "clause": ("57-NQ/TW", "replaces")}]),
    ("I. CĂN CỨ\n- Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ, Quyết định số 5/QĐ-TTg ngày "
     "2/1/2021;\n- Kế hoạch số 12-KH/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy.",
     [{"symbol": "30/2020/NĐ-CP"}, {"symbol": "5/QĐ-TTg"}, {"symbol": "12-KH/TU", "relation": "based_on"}]),
    ("Đề nghị các xã căn cứ:\n- Kế hoạch số 5/KH-UBND ngày 5/3/2025 của UBND huyện.",
     [{"symbol": "5/KH-UBND", "relation": "cites"}]),
    ("Ngày 10/3/2024, UBND huyện ban hành Kế hoạch số 30/KH-UBND về chuyển đổi số, trong đó đề ra kế hoạch cụ thể "
     "cho từng xã. Kế hoạch này thay thế Kế hoạch số 10/KH-UBND ngày 1/2/2021.",
     [{"symbol": "30/KH-UBND"}, {"symbol": "10/KH-UBND", "relation": "cites", "clause": ("30/KH-UBND", "replaces")}]),
    # Twentieth fresh check (15 texts): a document a body issues in a "Căn cứ" sentence is not
    # what the text rests on
    ("Căn cứ tình hình thực tế, UBND huyện ban hành Quyết định số 929/QĐ-UBND về việc dừng hoạt động Chốt.",
     [{"symbol": "929/QĐ-UBND", "relation": "cites"}]),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP, Bộ Nội vụ ban hành Thông tư số 01/2021/TT-BNV.",
     [{"symbol": "30/2020/NĐ-CP", "relation": "based_on"}, {"symbol": "01/2021/TT-BNV", "relation": "cites"}]),
    # ("CV" alone is no type word: "máy cày công suất 50 CV số 3 chiếc"; eighth review)
    ("Máy cày công suất 50 CV số 3 chiếc theo Công văn số 3314/UBND-XDCB ngày 2/3/2024.",
     [{"symbol": "3314/UBND-XDCB"}]),
    # Seventh review. A proposal is adopted only where the text's clause opens with the adopting
    # word; "có liên quan" is no verb of an item; "kèm theo" inside a cited title is not the
    # text's attachment; capitals and "trở nên"; a date "tính đến", "sau hội nghị" … is no
    # document's; "<body> căn cứ:" after words before the body
    ("BÁO CÁO\nKết quả rà soát\nQua rà soát, các sở, ngành thống nhất đề nghị bãi bỏ Quyết định số 15/2018/QĐ-UBND "
     "ngày 10/5/2018 của UBND tỉnh.", [{"symbol": "15/2018/QĐ-UBND", "relation": "cites"}]),
    ("BÁO CÁO\nKết quả rà soát\nThường trực HĐND tỉnh thống nhất đề xuất sửa đổi, bổ sung Nghị quyết số "
     "12/2020/NQ-HĐND ngày 5/6/2020 của HĐND tỉnh.", [{"symbol": "12/2020/NQ-HĐND", "relation": "cites"}]),
    ("QUYẾT ĐỊNH\nVề việc bãi bỏ\nĐiều 1. Nhất trí đề nghị bãi bỏ Quyết định số 15/2018/QĐ-UBND ngày 10/5/2018 của "
     "UBND tỉnh.", [{"symbol": "15/2018/QĐ-UBND", "relation": "repeals"}]),
    ("Thực hiện Chỉ thị số 28-CT/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy; các văn bản có liên quan và Kế hoạch số "
     "15-KH/TU ngày 7/3/2024.", [{"symbol": "28-CT/TU"}, {"symbol": "15-KH/TU", "relation": "implements"}]),
    ("QUYẾT ĐỊNH\nBan hành Quy chế làm việc\nCăn cứ Quy chế số 05/QC-UBND ngày 2/1/2020 của UBND huyện ban hành kèm "
     "theo Quyết định số 10/QĐ-UBND ngày 2/1/2020. Quy chế này thay thế Quy chế số 01/QC-UBND ngày 1/1/2015.\nĐiều 1. "
     "Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã.",
     [{"symbol": "05/QC-UBND"}, {"symbol": "10/QĐ-UBND"},
      {"symbol": "01/QC-UBND", "relation": "cites", "clause": ("05/QC-UBND", "replaces")}]),
    ("KẾ HOẠCH\nTuyên truyền\nNghị định số 80/2024/NĐ-CP ngày 3/7/2024 của Chính phủ giúp thị trường điện trở nên "
     "minh bạch, thay thế Nghị định số 68/2017/NĐ-CP.",
     [{"symbol": "80/2024/NĐ-CP"}, {"symbol": "68/2017/NĐ-CP", "clause": ("80/2024/NĐ-CP", "replaces")}]),
    ("Tính đến ngày 30/6/2024, Liên đoàn Lao động huyện đã ban hành Hướng dẫn số 5/HD-LĐLĐ và nhiều văn bản khác. "
     "Sau hội nghị ngày 15/3/2024, Sở Y tế có Kế hoạch số 12/KH-SYT.",
     [{"symbol": "5/HD-LĐLĐ", "date": None}, {"symbol": "12/KH-SYT", "date": None}]),
    ("KẾ HOẠCH\nTriển khai\nĐể triển khai thực hiện, Ủy ban nhân dân xã căn cứ:\n- Kế hoạch số 15/KH-UBND ngày "
     "5/5/2024 của UBND huyện;\n- Hướng dẫn số 3/HD-SNV ngày 1/4/2024 của Sở Nội vụ.",
     [{"symbol": "15/KH-UBND", "relation": "based_on"}, {"symbol": "3/HD-SNV", "relation": "based_on"}]),
    # Eighth review: a date after "tính đến" is dropped, the body still issues the document (no
    # "Thực hiện" carried to it); "tiếp đến ngày" dates; a request or a level before "căn cứ:";
    # a list item adopting a proposal
    ("BÁO CÁO\nKết quả\nThực hiện Kế hoạch số 5/KH-UBND, tính đến ngày 30/6/2024, Liên đoàn Lao động huyện đã ban "
     "hành Hướng dẫn số 5/HD-LĐLĐ.", [{"symbol": "5/KH-UBND", "relation": "implements"},
                                     {"symbol": "5/HD-LĐLĐ", "relation": "cites", "date": None}]),
    ("Tiếp đến ngày 20/3/2024, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND.",
     [{"symbol": "12/KH-UBND", "date": D(2024, 3, 20)}]),
    ("KẾ HOẠCH\nTriển khai\nĐể triển khai thực hiện, đề nghị Ủy ban nhân dân xã Gia Hanh căn cứ:\n- Kế hoạch số "
     "15/KH-UBND ngày 5/5/2024 của UBND huyện.", [{"symbol": "15/KH-UBND", "relation": "cites"}]),
    ("NGHỊ QUYẾT\nVề việc bãi bỏ\na) Thống nhất đề nghị bãi bỏ Nghị quyết số 12/2020/NQ-HĐND ngày 5/6/2020 của "
     "HĐND tỉnh.", [{"symbol": "12/2020/NQ-HĐND", "relation": "repeals"}]),
    # Twenty-first fresh check: a National Assembly term after a space; a draft report reviewing
    # a document is the review; adjusting a document amends it, also in the title of one a body
    # passes ("thông qua Nghị quyết về việc …", as after "ban hành")
    ("Huyện ủy tổ chức lễ công bố Nghị Quyết số 819/NQ – UBTVQH 14, và các Quyết định của Huyện ủy.",
     [{"symbol": "819/NQ-UBTVQH14", "issuer": "Ủy ban Thường vụ Quốc hội"}]),
    ("Công bố Nghị quyết số 819/NQ-UBTVQH 14/5/2019 của Ủy ban Thường vụ Quốc hội.",
     [{"symbol": "819/NQ-UBTVQH"}]),
    ("Sáng 22/12, Tỉnh ủy tổ chức họp cho ý kiến vào dự thảo báo cáo tổng kết thực hiện Nghị quyết số 18-NQ/TW, "
     "ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.",
     [{"symbol": "18-NQ/TW", "relation": "reviews", "date": D(2017, 10, 25)}]),
    ("Chính phủ cho ý kiến về dự thảo Nghị quyết sửa đổi, bổ sung Nghị quyết số 136/2024/QH15.",
     [{"symbol": "136/2024/QH15", "relation": "cites"}]),
    ("HĐND tỉnh Lạng Sơn vừa thông qua Nghị quyết về việc điều chỉnh một số nội dung Nghị quyết số 68/NQ-HĐND ngày "
     "10 tháng 12 năm 2019 của HĐND tỉnh.", [{"symbol": "68/NQ-HĐND", "relation": "amends", "date": D(2019, 12, 10)}]),
    ("HĐND tỉnh vừa thông qua Nghị quyết về việc sửa đổi, bổ sung một số nội dung Nghị quyết số 68/NQ-HĐND.",
     [{"symbol": "68/NQ-HĐND", "relation": "amends"}]),
    ("Điều chỉnh một số nội dung của Nghị quyết số 68/NQ-HĐND ngày 10/12/2019 của HĐND tỉnh như sau:",
     [{"symbol": "68/NQ-HĐND", "relation": "amends"}]),
    ("UBND xã điều chỉnh đồ án quy hoạch chung xây dựng xã theo Quyết định số 12/QĐ-UBND của UBND huyện.",
     [{"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    ("Hội nghị đã thông qua Kế hoạch về thực hiện Nghị quyết số 29-NQ/TW.",
     [{"symbol": "29-NQ/TW", "relation": "implements"}]),
    ("Thông báo Kết luận của Ban Bí thư về tiếp tục thực hiện Kết luận số 102-KL/TW.",
     [{"symbol": "102-KL/TW", "relation": "cites"}]),
    # Twenty-second fresh check: a day glued to "ngày"; a "V/v" glued to a symbol; a list of a
    # "Thực hiện" or "Căn cứ" sentence goes on across a line break after ";", before ";" or
    # ",", or inside a bracket; what a text approves that belongs to a document (corpus 067,
    # 070, 079, 111: items of a preamble on lines of their own)
    ("Căn cứ Quyết định số 217-QĐ/TW ngày12/12/2013 của Bộ Chính trị.",
     [{"symbol": "217-QĐ/TW", "date": D(2013, 12, 12), "relation": "based_on"}]),
    ("Tiếp theo Công văn số 2062/BHXH-TSTV/v thực hiện chính sách bảo hiểm.",
     [{"symbol": "2062/BHXH-TST", "title": "Thực hiện chính sách bảo hiểm"}]),
    ("Thực hiện Kế hoạch số 30-KH/ĐUK của Ban Thường vụ Đảng ủy Khối;\nHướng dẫn số 08-HD/BDVTU của Ban Dân vận "
     "Tỉnh ủy, Đảng ủy Khối hướng dẫn như sau:",
     [{"symbol": "30-KH/ĐUK", "relation": "implements"}, {"symbol": "08-HD/BDVTU", "relation": "implements"}]),
    ("Thực hiện Kế hoạch số 30-KH/ĐUK của Ban Thường vụ Đảng ủy Khối về công tác dân vận\n; Hướng dẫn số "
     "08-HD/BDVTU của Ban Dân vận Tỉnh ủy, Đảng ủy Khối hướng dẫn như sau:",
     [{"symbol": "30-KH/ĐUK", "relation": "implements"}, {"symbol": "08-HD/BDVTU", "relation": "implements"}]),
    ("Thực hiện Kế hoạch số 30-KH/ĐUK của Ban Thường vụ Đảng ủy Khối (sau đây viết tắt là\nKế hoạch số "
     "30-KH/ĐUK); Hướng dẫn số 08-HD/BDVTU của Ban Dân vận Tỉnh ủy, Đảng ủy Khối hướng dẫn như sau:",
     [{"symbol": "30-KH/ĐUK", "relation": "implements"}, {"symbol": "30-KH/ĐUK", "relation": "cites"},
      {"symbol": "08-HD/BDVTU", "relation": "implements"}]),
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\nNghị "
     "định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;",
     [{"symbol": "63/2010/NĐ-CP", "relation": "based_on"}, {"symbol": "92/2017/NĐ-CP", "relation": "based_on"}]),
    # a line break after ";" before a sentence that does not open with a document still ends it
    ("Thực hiện Kế hoạch số 30-KH/ĐUK của Ban Thường vụ Đảng ủy Khối;\nBan Dân vận Tỉnh ủy có Công văn số "
     "12-CV/BDVTU gửi các huyện.",
     [{"symbol": "30-KH/ĐUK", "relation": "implements"}, {"symbol": "12-CV/BDVTU", "relation": "cites"}]),
    ("Quyết định phê duyệt 104 thôn thoát khỏi diện đặc biệt khó khăn của Quyết định số 582/QĐ-TTg ngày "
     "28/4/2017 của Thủ tướng Chính phủ.", [{"symbol": "582/QĐ-TTg", "relation": "cites"}]),
    ("Phê duyệt Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện.", [{"symbol": "12/KH-UBND", "relation": "approves"}]),
    # Twenty-third fresh check: a Party committee's number with no type code, right after a type
    # word; "Qui định" for "Quy định"
    ("Đô Lương các chi bộ triển khai thực hiện Quy định số 08/TU ngày 15/9/2021 của Tỉnh ủy.",
     [{"symbol": "08/TU", "type": "Quy định", "date": D(2021, 9, 15), "relation": "implements"}]),
    ("Đảng bộ xã triển khai thực hiện Quy định 08/TU ngày 15/9/2021 của Tỉnh ủy.",
     [{"symbol": "08/TU", "relation": "implements"}]),
    ("Chỉ tiêu 06/TU giao năm 2024 và tỷ lệ 12/HU đạt yêu cầu.", []),
    ("Đó là Qui Định 41 của Bộ Chính trị. Quy định số 41-QĐ/TW ngày 3/11/2021.",
     [{"text": "Qui Định 41", "symbol": "41-QĐ/TW"}, {"symbol": "41-QĐ/TW"}]),
    ("Căn cứ Qui định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị.",
     [{"symbol": "41-QĐ/TW", "type": "Quy định", "relation": "based_on"}]),
    # Ninth review: "điều chỉnh" as a noun, a passive or past a comma; "thông qua" as "through";
    # a bracket left open by a typo; counts after "UBTVQH"; "BNV/VKSNDTC"; "phê duyệt nội dung
    # của"; and the twenty-fourth fresh check: a signer between a date and the issuing body,
    # "thực hiện theo tinh thần"
    ("Đối tượng thuộc phạm vi điều chỉnh của Nghị định số 24/2021/NĐ-CP ngày 23/3/2021.",
     [{"symbol": "24/2021/NĐ-CP", "relation": "cites"}]),
    ("Văn bản điều chỉnh Nghị định số 15/2018/NĐ-CP sẽ được ban hành sau.", [{"symbol": "15/2018/NĐ-CP", "relation": "cites"}]),
    ("Dự án đã được điều chỉnh Quyết định số 12/QĐ-UBND năm 2020.", [{"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    ("Mức lương cơ sở được điều chỉnh: Nghị định số 73/2024/NĐ-CP quy định.", [{"symbol": "73/2024/NĐ-CP", "relation": "cites"}]),
    ("Giá bán lẻ điện điều chỉnh, Quyết định số 2941/QĐ-BCT có hiệu lực.", [{"symbol": "2941/QĐ-BCT", "relation": "cites"}]),
    ("Thông qua các Chương trình về thực hiện Nghị quyết số 21-NQ/TW của Tỉnh ủy, các địa phương đã chủ động.",
     [{"symbol": "21-NQ/TW", "relation": "cites"}]),
    ("Ý kiến được gửi thông qua Văn bản về sửa đổi Quyết định số 12/QĐ-UBND của Sở Tư pháp.",
     [{"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    ("Bãi bỏ Quyết định số 05/2020/QĐ-UBND ngày 1/2/2020 (về giá đất\nNghị quyết số 12/NQ-HĐND ngày 1/3/2020 vẫn giữ "
     "nguyên hiệu lực.", [{"symbol": "05/2020/QĐ-UBND", "relation": "repeals"}, {"symbol": "12/NQ-HĐND", "relation": "cites"}]),
    ("Có 819/NQ-UBTVQH 16 đơn vị hành chính được sáp nhập theo Nghị quyết số 1211/NQ-UBTVQH 12 tháng 5 năm 2016.",
     [{"symbol": "819/NQ-UBTVQH"}, {"symbol": "1211/NQ-UBTVQH"}]),
    ("Công bố Nghị quyết số 820/NQ-UBTVQH 14.", [{"symbol": "820/NQ-UBTVQH14"}]),
    ("Căn cứ Thông tư liên tịch số 02/2014/TTLT-BNV/VKSNDTC ngày 1/2/2014.",
     # (the second body's code after "/" is read since round 64)
     [{"symbol": "02/2014/TTLT-BNV-VKSNDTC", "issuer": "Bộ Nội vụ", "date": D(2014, 2, 1)}]),
    ("Điều 1. Phê duyệt nội dung của Đề án số 05/ĐA-UBND ngày 1/2/2020.", [{"symbol": "05/ĐA-UBND", "relation": "approves"}]),
    ("Ngày 28/7/2021, Tổng Bí thư Nguyễn Phú Trọng đã thay mặt Ban Chấp hành Trung ương khóa XIII ký ban hành Quy định "
     "số 22-QĐ/TW về công tác kiểm tra.", [{"symbol": "22-QĐ/TW", "date": D(2021, 7, 28)}]),
    ("Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số "
     "3653/UBND-TNMT về việc xử lý.", [{"symbol": "3653/UBND-TNMT", "date": D(2018, 11, 23)}]),
    ("Thực hiện Kết luận số 12-KL/TW ngày 1/2/2020, thay mặt Ban Thường vụ, đồng chí Bí thư đã ký ban hành Kế hoạch "
     "số 5-KH/TU.", [{"symbol": "12-KL/TW", "date": D(2020, 2, 1)}, {"symbol": "5-KH/TU", "date": None}]),
    ("Toàn tỉnh sẽ thực hiện theo tinh thần Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.",
     [{"symbol": "15/CT-TTg", "relation": "implements"}]),
    # the name given in brackets right after a document is that document, the verb's subject
    # (twenty-fourth fresh check)
    ("Ngày 28/7/2021, Ban Chấp hành Trung ương ban hành Quy định số 22-QĐ/TW Về công tác kiểm tra (Quy định 22) "
     "thay thế Quy định số 30-QĐ/TW, ngày 26/7/2016.",
     [{"symbol": "22-QĐ/TW"}, {"symbol": "22-QĐ/TW"},
      {"symbol": "30-QĐ/TW", "relation": "cites", "clause": ("22-QĐ/TW", "replaces")}]),
    # Twenty-fifth fresh check: a deputy signing; a unit's code in capitals after a space, before
    # the date (the symbol is read up to the space; the date is kept)
    ("Ngày 25/10/2022, Phó Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 3294/QĐ-UBND về việc công bố.",
     [{"symbol": "3294/QĐ-UBND", "date": D(2022, 10, 25), "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Căn cứ Thông báo số 23-CV/ĐU DNC ngày 10/5/2017 của Đảng ủy.",
     [{"symbol": "23-CV/ĐU", "date": D(2017, 5, 10), "relation": "based_on"}]),
    ("Thực hiện công văn số 1627/UBND VX, ngày 10/3/2010 của UBND tỉnh.",
     [{"symbol": "1627/UBND", "date": D(2010, 3, 10), "relation": "implements"}]),
    ("Thực hiện Kế hoạch số 12/KH-UBND xong ngày 10/3/2010.", [{"symbol": "12/KH-UBND", "date": None}]),
    # a person signing, named after "ông", "bà", "đồng chí" (the twenty-fifth fresh check)
    ("Ngày 25/10/2022, ông Bùi Đình Long ký ban hành Quyết định số 3294/QĐ-UBND về việc công bố.",
     [{"symbol": "3294/QĐ-UBND", "date": D(2022, 10, 25)}]),
    ("Ngày 25/10/2022, đồng chí Phó Chủ tịch đã ký ban hành Quyết định số 3295/QĐ-UBND.",
     [{"symbol": "3295/QĐ-UBND", "date": D(2022, 10, 25)}]),
    ("Ngày 25/10/2022, ông bà nông dân có Quyết định số 3296/QĐ-UBND.", [{"symbol": "3296/QĐ-UBND", "date": None}]),
    # Tenth review: a glued "V/v" after a code the forms read only with it cut; "thông qua" after
    # "nhất trí", "xem xét,"; a bracket opened early in the line; "điều chỉnh" across two spaces
    # or a quote; a term before "và", "quy định", "ban hành"; no unit code that is a word; no
    # signer without "ký"; a digit outside ASCII in a year, in a long text (the vector scan)
    ("Công văn số 125/UBNDV/v triển khai tiêm chủng.", [{"symbol": "125/UBND"}]),
    ("HĐND tỉnh nhất trí thông qua Nghị quyết về việc bãi bỏ Nghị quyết số 68/NQ-HĐND ngày 10/12/2019.",
     [{"symbol": "68/NQ-HĐND", "relation": "repeals"}]),
    ("HĐND tỉnh đã xem xét, thông qua Nghị quyết về việc sửa đổi Nghị quyết số 69/NQ-HĐND.",
     [{"symbol": "69/NQ-HĐND", "relation": "amends"}]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 (được sửa đổi, bổ sung bởi Luật số 47/2019/QH14 ngày "
     "22/11/2019,\nLuật số 72/2025/QH15 ngày 16/6/2025);",
     [{"symbol": "47/2019/QH14", "relation": "based_on"}, {"symbol": "72/2025/QH15", "relation": "based_on"}]),
    ("Điều 1. Điều chỉnh  Quyết định số 30/QĐ-UBND ngày 1/2/2020.", [{"symbol": "30/QĐ-UBND", "relation": "amends"}]),
    ("Nghị quyết số 653/2019/NQ-UBTVQH 14 và Nghị quyết số 654/2019/NQ-UBTVQH 14 ban hành ngày 12/3/2019.",
     [{"symbol": "653/2019/NQ-UBTVQH14"}, {"symbol": "654/2019/NQ-UBTVQH14", "date": D(2019, 3, 12)}]),
    ("Nghị quyết số 1206/2016/NQ-UBTVQH 13 quy định chế độ.", [{"symbol": "1206/2016/NQ-UBTVQH13"}]),
    ("BÁO CÁO\nKẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 15/KH-UBND ĐẾN NGÀY 30/6/2023", [{"symbol": "15/KH-UBND", "date": None}]),
    ("Kế hoạch số 16/KH-UBND SAU ngày 10/3/2010.", [{"symbol": "16/KH-UBND", "date": None}]),
    ("Ngày 20/4/2024, thay mặt lãnh đạo huyện, đồng chí Chủ tịch UBND huyện phát biểu nhấn mạnh UBND tỉnh đã ban "
     "hành Kế hoạch số 45/KH-UBND.", [{"symbol": "45/KH-UBND", "date": None}]),
    ("Nội dung công tác tuyên truyền. " * 400 + "Căn cứ Thông tư số 07/201\uff19/TT-BTP ngày 25/11/2019.",
     [{"symbol": "07/2019/TT-BTP", "date": D(2019, 11, 25)}]),
    # Twenty-sixth fresh check: a decision's kind between its type word and "số" (whose verb is
    # no cue); "ban hành tại", "ký tại" before the document keep the date before the body
    ("Ngày 30/8/2017, Ủy ban nhân dân tỉnh ban hành Quyết định chủ trương số 3180/QĐ-UBND về đầu tư.",
     [{"symbol": "3180/QĐ-UBND", "type": "Quyết định", "date": D(2017, 8, 30)}]),
    ("UBND tỉnh đã ban hành Quyết định phê duyệt số 3181/QĐ-UBND về quy hoạch.",
     [{"symbol": "3181/QĐ-UBND", "relation": "cites"}]),
    ("Ngày 21/8/2007, Thủ tướng Chính phủ ban hành tại Quyết định số 138/2007/QĐ-TTg về việc phê duyệt.",
     [{"symbol": "138/2007/QĐ-TTg", "date": D(2007, 8, 21)}]),
    # Twenty-seventh fresh check: an underscore for the hyphen between issuer codes; a short name
    # in brackets between a symbol and its date or issuer
    ("Cục Thuế đã gửi Công văn số 2455/TCT_DNNCN cho các doanh nghiệp.", [{"symbol": "2455/TCT-DNNCN"}]),
    ("Thực hiện Kết luận số 01-KL/TW (Kết luận 01), ngày 18/5/2021 của Bộ Chính trị.",
     [{"symbol": "01-KL/TW", "date": D(2021, 5, 18), "issuer": "Bộ Chính trị"}, {"symbol": "01-KL/TW"}]),
    ("Thực hiện Kết luận số 01-KL/TW (Kết luận 01) của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW của "
     "Bộ Chính trị.", [{"symbol": "01-KL/TW", "relation": "implements"}, {"symbol": "01-KL/TW"},
                       {"symbol": "05-CT/TW", "relation": "cites", "clause": ("01-KL/TW", "implements")}]),
    # Eleventh review: "do <body> ban hành tại" is a relative clause; a signer who issues without
    # "ký"; a speaker's date; "ông …, … có Công văn" names no signer; a bracket on the next line
    # of its own; a "V/v" after a dash; a far "điều chỉnh" ends the verb's reach; "TƯ", "TU"
    ("Thực hiện Quy chế làm việc do UBND tỉnh ban hành tại Quyết định số 45/QĐ-UBND.",
     [{"symbol": "45/QĐ-UBND", "relation": "implements"}]),
    ("Ngày 10/3/2022, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Tỉnh ủy đã ban hành Chỉ thị số 15-CT/TU về "
     "phòng chống.", [{"symbol": "15-CT/TU", "date": D(2022, 3, 10)}]),
    ("Ngày 15/3/2024, ông Nguyễn Văn Hùng nộp hồ sơ đề nghị cấp giấy phép, sau đó Công ty TNHH An Phát có Công văn "
     "số 25/CV-AP về việc cấp phép.", [{"symbol": "25/CV-AP", "date": None}]),
    ("Ban Thường vụ Huyện ủy chỉ đạo tổng kết Nghị quyết số 05-NQ/HU (nhiệm kỳ 2020 - 2025 đã đạt 15/18 chỉ tiêu\n"
     "Kế hoạch số 12/KH-UBND (năm 2024) của UBND huyện đã hoàn thành.",
     [{"symbol": "05-NQ/HU", "relation": "reviews"}, {"symbol": "12/KH-UBND", "relation": "cites"}]),
    ("Tiếp nhận 125/UBND- V/v triển khai tiêm chủng.", []),
    ("Thực hiện công tác điều chỉnh, bổ sung quy hoạch sử dụng đất tại Quyết định số 12/QĐ-UBND ngày 1/2/2020.",
     [{"symbol": "12/QĐ-UBND", "relation": "cites"}]),
    ("Thực hiện Kế hoạch số 12-KH/BCĐ TƯ ngày 10/3/2020 và Công văn số 23-CV/BTG TU ngày 11/3/2020.",
     [{"symbol": "12-KH/BCĐ", "date": D(2020, 3, 10)}, {"symbol": "23-CV/BTG", "date": D(2020, 3, 11)}]),
    # Twenty-eighth fresh check: a unit after a dot in the issuer part, kept as written; "ký
    # Quyết định số" issues it; "đề ngày" dates
    ("Căn cứ Chương trình phối hợp số 01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP ngày 27 tháng 5 năm 2016 của các cơ quan.",
     [{"symbol": "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP", "date": D(2016, 5, 27), "relation": "based_on"}]),
    ("Quyết định số 12/QĐ-UBND.Căn cứ Luật và Quyết định số 13/QĐ-UBND.Trong năm.",
     [{"symbol": "12/QĐ-UBND"}, {"symbol": "13/QĐ-UBND"}]),
    ("Thực hiện Công văn số 12/UBND-KT.VX ngày 02/3/2024 và Công văn số 13/UBND-KT.Căn cứ đó.",
     [{"symbol": "12/UBND-KT.VX", "date": D(2024, 3, 2)}, {"symbol": "13/UBND-KT"}]),
    ("Ngày 19/8/2020, Thủ tướng Chính phủ ký Quyết định số 1274/QĐ-TTg ban hành Quy định.",
     [{"symbol": "1274/QĐ-TTg", "date": D(2020, 8, 19)}]),
    ("Quyết định này thay thế văn bản số 898/ĐBCL đề ngày 23/4/2008.",
     [{"symbol": "898/ĐBCL", "date": D(2008, 4, 23), "relation": "replaces"}]),
    # a short form with the type word the text wrote before a symbol whose code says another
    # type: "Đề án 938/QĐ-TTg" (the scheme a decision approved), then "Đề án 938" (round 34)
    ("Để thực hiện Đề án 938/QĐ-TTg, ngày 30/6/2017 của Thủ tướng Chính phủ về tuyên truyền (gọi tắt là Đề án "
     "938), Hội đã triển khai Đề án 938 tại các xã.",
     [{"symbol": "938/QĐ-TTg", "date": D(2017, 6, 30)}, {"symbol": "938/QĐ-TTg"}, {"symbol": "938/QĐ-TTg"}]),
    # Fifteenth review: a document named within the clause after "đã <verb>" ("đã sửa đổi, bổ
    # sung Thông tư số …", "đã hướng dẫn thi hành Nghị định số …"); "TP." before any name; a
    # place in capitals with a vowel is a name, not initials; one-letter and two-letter units
    # before "yêu cầu", "giao", "tỉnh"; a numeral after a one-letter unit ("V.I. Theo đó"); a day
    # without its year before a known body ends a title; "chỉ đạo của …" does not reach across
    # a comma
    ("Thông tư số 02/2023/TT-BYT đã sửa đổi, bổ sung Thông tư số 15/2021/TT-BYT.",
     [{"symbol": "02/2023/TT-BYT"}, {"symbol": "15/2021/TT-BYT", "clause": ("02/2023/TT-BYT", "amends")}]),
    ("Thông tư số 10/2020/TT-BTC đã hướng dẫn thi hành Nghị định số 20/2019/NĐ-CP.",
     [{"symbol": "10/2020/TT-BTC"}, {"symbol": "20/2019/NĐ-CP", "relation": "cites",
                                     "clause": ("10/2020/TT-BTC", "guides")}]),
    ("Căn cứ Kế hoạch số 34/KH-UBND ngày 2/3/2022 của UBND TP.Thanh Hóa về tổ chức Lễ hội; Kế hoạch số "
     "35/KH-UBND của UBND THÀNH PHỐ HUẾ về tổ chức Lễ hội.",
     [{"symbol": "34/KH-UBND", "issuer": "Ủy ban nhân dân thành phố Thanh Hóa", "title": "Tổ chức Lễ hội"},
      {"symbol": "35/KH-UBND", "issuer": "Ủy ban nhân dân thành phố Huế"}]),
    ("Công văn số 11554/VPCP-V.I yêu cầu các Bộ; Công văn số 345/UBND-VX.LĐ giao Sở; Công văn số 3226/UBND - KT "
     "giao Sở Tài chính chủ trì; Công văn số 105/BCH – VP tỉnh Quảng Nam.",
     [{"symbol": "11554/VPCP-V.I"}, {"symbol": "345/UBND-VX.LĐ"}, {"symbol": "3226/UBND-KT"}, {"symbol": "105/BCH-VP"}]),
    ("Thực hiện Công văn số 11554/VPCP-V.I. Theo đó, Thủ tướng yêu cầu.",
     [{"symbol": "11554/VPCP-V.I"}]),
    ("Thực hiện Công văn số 12/SYT-NV về việc phòng chống dịch, ngày 20/1 UBND xã tổ chức họp.",
     [{"symbol": "12/SYT-NV", "title": "Phòng chống dịch"}]),
    ("Thực hiện chỉ đạo của Bộ Y tế về phòng chống dịch sởi, Sở Y tế đã báo cáo kết quả tại Công văn số 12/SYT-NVY.",
     [{"symbol": "12/SYT-NVY", "relation": "cites"}]),
    # Fourteenth review and the thirty-fifth and thirty-sixth fresh checks: no unit after a dot
    # or a spaced hyphen before a heading numeral, a capitalised word or the words a body's code
    # opens a sentence with; "đã", "sẽ", "nhằm" open a title only where the verb acts on a
    # document named next (or "nhằm" after an issuer or a date); a body inside the citation
    # before's issuer issues nothing; a known place (or its initials) before a signer's name;
    # "Luật Thực hiện …" is a name; "chỉ đạo của <a long office>"; an agency's name in lower case
    ("Căn cứ Kế hoạch số 12/KH-UBND.I. Mục đích, yêu cầu; Công văn số 1234/UBND-VX.BHXH tỉnh chủ trì.",
     [{"symbol": "12/KH-UBND"}, {"symbol": "1234/UBND-VX"}]),
    ("Thực hiện Công văn số 1052/UBND-VX - BHXH tỉnh đề nghị các xã và Quyết định số 1274/QĐ-TTg - TTXVN đưa tin.",
     [{"symbol": "1052/UBND-VX"}, {"symbol": "1274/QĐ-TTg"}]),
    ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch số "
     "20/KH-UBND.",
     [{"symbol": "16/CT-TTg", "title": None, "issuer": "Thủ tướng Chính phủ"},
      {"symbol": "20/KH-UBND", "clause": None, "issuer": "Ủy ban nhân dân tỉnh"}]),
    # the date after an issuer the tables do not know (round 38): words only, no verb between
    ("Căn cứ Quyết định số 11/QĐ-LĐLĐ của Liên đoàn Lao động tỉnh ngày 05/1/2023 về việc khen thưởng.",
     [{"symbol": "11/QĐ-LĐLĐ", "date": D(2023, 1, 5), "title": "Khen thưởng"}]),
    ("Căn cứ Quyết định số 11-QĐ/TU của Thị ủy, ngày 05/1/2023 về việc kết nạp đảng viên.",
     [{"symbol": "11-QĐ/TU", "date": D(2023, 1, 5)}]),
    ("Thực hiện Kế hoạch số 12/KH-CĐ của Công đoàn cơ sở trường tổ chức hội thi ngày 3/4/2023.",
     [{"symbol": "12/KH-CĐ", "date": None}]),
    # a district's and a town's Party committees (round 38), a district named by its number
    ("Căn cứ Quyết định số 1111-QĐ/QU của Quận ủy quận Hải An ngày 05/1/2023 về việc kết nạp đảng viên.",
     [{"symbol": "1111-QĐ/QU", "date": D(2023, 1, 5), "issuer": "Quận ủy quận Hải An", "locality": "Hải An",
       "level": "huyện", "title": "Kết nạp đảng viên"}]),
    ("Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội Đảng bộ Quận",
     [{"symbol": "221-KH/QU", "issuer": "Ban Thường vụ Quận ủy Quận 3", "locality": "Quận 3",
       "title": "Tổ chức Đại hội Đảng bộ Quận"}]),
    ("Thực hiện Kế hoạch số 109-KH/TU ngày 15 tháng 01 năm 2020 của Thị ủy Hương Trà về tuyên truyền Đại hội",
     [{"symbol": "109-KH/TU", "issuer": "Thị ủy Hương Trà"}]),
    ("Thực hiện Chỉ thị số 05-CT/QUTW của Quân ủy Trung ương ngày 3/4/2020.",
     [{"symbol": "05-CT/QUTW", "issuer": "Quân ủy Trung ương", "date": D(2020, 4, 3)}]),
    # review sixteen: after "đã <verb>" a document must be named, by its type word and number,
    # before a comma; "phòng, chống" inside a direction; initials with a vowel stay as written;
    # a short form whose number a list's symbol reads is no second citation; "văn bản số 12"
    # after "văn bản số 12/QĐ-UBND" is that document (review seventeen)
    ("Kế hoạch số 45/KH-UBND đã triển khai thực hiện, đồng thời UBND tỉnh ban hành Quyết định số 56/QĐ-UBND về "
     "kiện toàn Ban Chỉ đạo.",
     [{"symbol": "45/KH-UBND", "title": None}, {"symbol": "56/QĐ-UBND", "clause": None}]),
    ("Nghị quyết số 29-NQ/TW đã triển khai được 10 năm, khẳng định tính đúng đắn.", [{"symbol": "29-NQ/TW", "title": None}]),
    ("Quyết định 1269/QĐ-TTg cũng bãi bỏ 4 Công điện của Ban Chỉ đạo Quốc gia Phòng, Chống dịch COVID-19.",
     [{"symbol": "1269/QĐ-TTg", "title": None}]),
    ("Nghị định số 15/2020/NĐ-CP đã quy định cụ thể, còn Nghị định số 91/2019/NĐ-CP thì chưa quy định.",
     [{"symbol": "15/2020/NĐ-CP", "title": None}, {"symbol": "91/2019/NĐ-CP", "clause": None}]),
    ("Thông tư số 01/2024/TT-BNV đã hướng dẫn chi tiết Nghị định số 33/2023/NĐ-CP.",
     [{"symbol": "01/2024/TT-BNV"}, {"symbol": "33/2023/NĐ-CP", "clause": ("01/2024/TT-BNV", "guides")}]),
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ về việc phòng, chống dịch COVID-19 tại Công điện số 15/CĐ-TTg.",
     [{"symbol": "15/CĐ-TTg", "relation": "implements"}]),
    ("Thực hiện chỉ đạo của Bộ Y tế về phòng chống dịch sởi, Sở Y tế đã báo cáo kết quả tại Công văn số 12/SYT-NVY.",
     [{"symbol": "12/SYT-NVY", "relation": "cites"}]),
    ("Thực hiện Hướng dẫn số 12-HD/ĐU ngày 20/11/2009 của Đảng ủy EVN về tổ chức đại hội.",
     [{"symbol": "12-HD/ĐU", "issuer": "Đảng ủy EVN", "locality": "EVN"}]),
    ("Thực hiện Kế hoạch số 34/KH-UBND của UBND XÃ VINH về tổ chức Lễ hội.",
     [{"symbol": "34/KH-UBND", "issuer": "Ủy ban nhân dân xã Vinh"}]),
    ("Căn cứ văn bản số 12/QĐ-UBND ngày 5/5/2020 của UBND tỉnh. Thực hiện văn bản số 12 nêu trên, các đơn vị báo cáo.",
     [{"symbol": "12/QĐ-UBND"}, {"symbol": "12/QĐ-UBND", "text": "văn bản số 12"}]),
    ("Căn cứ Quyết định số 12 và 13 QĐ-UBND của UBND tỉnh.",
     [{"symbol": "12/QĐ-UBND", "text": "12"}, {"symbol": "13/QĐ-UBND", "text": "13 QĐ-UBND"}]),
    # round 37: a heading's document and the next paragraph's "Thực hiện <document>"; the date
    # and body before an issuing verb date every item of its list, after "các" or a count too
    ("Nghị định số 28/2022/NĐ-CP ngày 26/4/2022\n\nThực hiện Nghị định số 15/2023/NĐ-CP ngày 10/5/2023 về chính sách.",
     [{"symbol": "28/2022/NĐ-CP", "title": None}, {"symbol": "15/2023/NĐ-CP", "relation": "implements", "clause": None}]),
    ("THÔNG TƯ SỐ 01/2011/TT-BNV\n  Ngày 19/01/2011 của Bộ Nội Vụ\n\n  Hướng dẫn thể thức và\n  kỹ thuật trình bày",
     [{"symbol": "01/2011/TT-BNV", "title": "Hướng dẫn thể thức và kỹ thuật trình bày"}]),
    ("Ngày 18/9/2020, Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 2436/QĐ-UBND và 2437/QĐ-UBND công nhận xã.",
     [{"symbol": "2436/QĐ-UBND", "date": D(2020, 9, 18)},
      {"symbol": "2437/QĐ-UBND", "date": D(2020, 9, 18), "issuer": "Chủ tịch Ủy ban nhân dân tỉnh"}]),
    ("Ngày 18/9/2020, UBND tỉnh ban hành 02 Quyết định số 2436/QĐ-UBND, 2437/QĐ-UBND và Kế hoạch số 12/KH-SYT "
     "ngày 3/3/2020 của Sở Y tế.",
     [{"symbol": "2436/QĐ-UBND", "date": D(2020, 9, 18)}, {"symbol": "2437/QĐ-UBND", "date": D(2020, 9, 18)},
      {"symbol": "12/KH-SYT", "date": D(2020, 3, 3), "issuer": "Sở Y tế"}]),
    ("Ngày 18/9/2020, UBND tỉnh ban hành các Quyết định số 2436/QĐ-UBND.", [{"symbol": "2436/QĐ-UBND", "date": D(2020, 9, 18)}]),
    # review seventeen: an older document after another verb is no item of what the body
    # issued; a law's name between its type word and number; a document acting is the subject
    # of "đã <verb>"; a joint document's bodies before "có hiệu lực"; a signer before "ban
    # hành"; a body in capitals; a new subject after a direction's comma; "theo" after no
    # document; a district in capitals with its number at a sentence's end; "Quân sự"
    ("Ngày 18/9/2020, UBND tỉnh ban hành Quyết định số 2436/QĐ-UBND, thay thế Quyết định số 1200/QĐ-UBND.",
     [{"symbol": "2436/QĐ-UBND", "date": D(2020, 9, 18)}, {"symbol": "1200/QĐ-UBND", "date": None}]),
    ("Nghị định 08/2022/NĐ-CP đã quy định chi tiết một số điều của Luật Bảo vệ môi trường số 72/2020/QH14.",
     [{"symbol": "08/2022/NĐ-CP"}, {"symbol": "72/2020/QH14", "clause": ("08/2022/NĐ-CP", "guides")}]),
    ("Nghị định số 12/2020/NĐ-CP đã sửa đổi Điều 4, Điều 5 Nghị định số 10/2019/NĐ-CP.",
     [{"symbol": "12/2020/NĐ-CP"}, {"symbol": "10/2019/NĐ-CP", "clause": ("12/2020/NĐ-CP", "amends")}]),
    ("Nghị quyết số 12-NQ/TU đã thực hiện được 3 năm, Tỉnh ủy ban hành Kết luận số 45-KL/TU.",
     [{"symbol": "12-NQ/TU", "title": None}, {"symbol": "45-KL/TU", "relation": "cites"}]),
    ("Thông tư liên tịch số 12/2015/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ có hiệu lực từ ngày 01/7/2015.",
     [{"symbol": "12/2015/TTLT-BTC-BNV", "issuers": ("Bộ Tài chính", "Bộ Nội vụ")}]),
    ("Chủ tịch Ủy ban nhân dân tỉnh Cao Văn Trọng vừa ban hành các Quyết định số 2027, 2028 và 2029/QĐ-UBND.",
     [{"symbol": s, "issuer": "Chủ tịch Ủy ban nhân dân tỉnh"} for s in ("2027/QĐ-UBND", "2028/QĐ-UBND", "2029/QĐ-UBND")]),
    ("Thực hiện Kế hoạch số 12-KH/TU của BAN THƯỜNG VỤ TỈNH ỦY GIA LAI về tổ chức đại hội.",
     [{"symbol": "12-KH/TU", "issuer": "Ban Thường vụ Tỉnh ủy Gia Lai"}]),
    ("Thực hiện chỉ đạo của Bộ Y tế về tiêm chủng, Sở Y tế hướng dẫn các đơn vị tại Công văn số 45/SYT-NVY.",
     [{"symbol": "45/SYT-NVY", "relation": "cites"}]),
    ("Thực hiện chỉ đạo của Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh tại Công văn số 345/UBND-VX.",
     [{"symbol": "345/UBND-VX", "relation": "implements"}]),
    ("Thực hiện Kế hoạch số 15/KH-HLHPN của Hội Liên hiệp Phụ nữ tỉnh, ngày 5/5/2023 Hội LHPN huyện tổ chức hội nghị.",
     [{"symbol": "15/KH-HLHPN", "date": None}]),
    ("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, các thủ tục đã bị bãi bỏ theo Quyết định số 45/QĐ-UBND.",
     [{"symbol": "12/KH-UBND"}, {"symbol": "45/QĐ-UBND", "relation": "cites", "clause": None}]),
    ("Thực hiện Kế hoạch số 221-KH/QU của Quận ủy Quận 3.", [{"symbol": "221-KH/QU", "issuer": "Quận ủy Quận 3"}]),
    ("Thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy Quân sự tỉnh về tổ chức.", [{"symbol": "12-KH/ĐU", "locality": None}]),
    # round 39: a date after a name's short form in brackets, or between the verb and the
    # document, dates it; an office of a People's Committee is a body; "các nội dung chỉ đạo
    # của …" reaches as far as "chỉ đạo của …"
    ("Hưởng ứng Ngày Pháp luật (NPL), ngày 07/9/2021 UBND tỉnh đã ban hành Kế hoạch số 2306/KH-UBND.",
     [{"symbol": "2306/KH-UBND", "date": D(2021, 9, 7)}]),
    ("Thực hiện Chỉ thị số 05-CT/TW (khóa XII), ngày 15/5/2016 Ban Thường vụ đã ban hành Kế hoạch số 12-KH/TU.",
     [{"symbol": "05-CT/TW", "date": D(2016, 5, 15)}, {"symbol": "12-KH/TU", "date": None}]),
    ("UBND tỉnh đã ban hành ngày 21/02/2022 Kế hoạch số 20/KH-UBND về việc triển khai Đề án.",
     [{"symbol": "20/KH-UBND", "date": D(2022, 2, 21), "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Ngày 16/6/2021, Văn phòng UBND tỉnh An Giang có văn bản số 2959/VPUBND-KTN để truyền đạt ý kiến.",
     [{"symbol": "2959/VPUBND-KTN", "date": D(2021, 6, 16), "issuer": "Văn phòng Ủy ban nhân dân tỉnh An Giang"}]),
    ("Thực hiện các nội dung chỉ đạo của Thủ tướng Chính phủ về phòng chống bão tại Công điện số 1512/CĐ-TTg.",
     [{"symbol": "1512/CĐ-TTg", "relation": "implements"}]),
    # round 40: a court's precedent and judgment, numbered by year; an inspectorate's code "TTr"
    ("Án lệ 58/2023/AL về tình tiết định khung hình phạt tại điểm c khoản 3 Điều 244 của Bộ luật Hình sự.",
     [{"symbol": "58/2023/AL", "type": "Án lệ", "year": 2023}]),
    ("Bản án số 179/2018/HS-ST ngày 14/9/2018 của Tòa án nhân dân thành phố Hạ Long.",
     [{"symbol": "179/2018/HS-ST", "type": "Bản án", "date": D(2018, 9, 14)}]),
    ("Kết luận số 58/KL-TTr ngày 24/02/2023 của Thanh tra tỉnh; Tờ trình số 12/TTr-UBND ngày 3/3/2020.",
     [{"symbol": "58/KL-TTr", "type": "Kết luận", "date": D(2023, 2, 24)},
      {"symbol": "12/TTr-UBND", "type": "Tờ trình"}]),
    ("mã hồ sơ 12/2020/HS-UBND và biểu 3/2021/HSST", []),
    # review eighteen: a unit's code is no second issuer ("234/UBND-VX"); a direction's topic
    # after a body list, and "đã nêu tại", keep its reach; a reporting verb after its comma, or
    # a lower-case subject, stop it; a part after a comma needs its number; initials after a
    # body in capitals; a place before "vừa ban hành"; a comma before the unknown body's date;
    # "các" in a list of what one body issued; a judgment's type; a law's name with a comma
    ("Thực hiện Công văn số 234/UBND-VX của UBND tỉnh, Sở Giáo dục và Đào tạo đã ban hành Kế hoạch số 56/KH-SGDĐT.",
     [{"symbol": "234/UBND-VX", "issuers": ("Ủy ban nhân dân tỉnh",)}, {"symbol": "56/KH-SGDĐT", "clause": None}]),
    ("Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh về công tác quản lý đất đai tại Công văn "
     "số 45/UBND-KT.", [{"symbol": "45/UBND-KT", "relation": "implements"}]),
    ("Thực hiện chỉ đạo của UBND tỉnh về công tác phòng, chống dịch bệnh trên địa bàn tỉnh đã nêu tại Công văn số "
     "45/UBND-VX.", [{"symbol": "45/UBND-VX", "relation": "implements"}]),
    ("Thực hiện chỉ đạo của UBND tỉnh về công tác phòng chống thiên tai, Sở Nông nghiệp tổng hợp báo cáo tại Văn bản "
     "số 45/SNN-TL.", [{"symbol": "45/SNN-TL", "relation": "cites"}]),
    ("Kế hoạch số 12/KH-UBND đã triển khai, khoản kinh phí được bố trí theo Quyết định số 45/QĐ-UBND.",
     [{"symbol": "12/KH-UBND", "title": None}, {"symbol": "45/QĐ-UBND", "clause": None}]),
    ("Thực hiện Kế hoạch số 12-KH/ĐU của ĐẢNG ỦY TTYT về tổ chức đại hội.", [{"symbol": "12-KH/ĐU", "issuer": "Đảng ủy TTYT"}]),
    ("UBND thành phố Điện Biên Phủ vừa ban hành Quyết định số 12/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Điện Biên Phủ"}]),
    ("Căn cứ Quyết định số 11/QĐ-LĐLĐ của Liên đoàn Lao động tỉnh, ngày 05/1/2023 về việc khen thưởng.",
     [{"symbol": "11/QĐ-LĐLĐ", "date": D(2023, 1, 5), "title": "Khen thưởng"}]),
    ("Ngày 18/9/2020, UBND tỉnh ban hành Quyết định số 2436/QĐ-UBND và các Quyết định số 2437/QĐ-UBND, 2438/QĐ-UBND.",
     [{"symbol": s, "date": D(2020, 9, 18)} for s in ("2436/QĐ-UBND", "2437/QĐ-UBND", "2438/QĐ-UBND")]),
    ("Luật Đất đai số 45/2013/QH13 được Quốc hội ban hành ngày 29/11/2013\nNghị định số 43/2014/NĐ-CP quy định chi tiết.",
     [{"symbol": "45/2013/QH13"}, {"symbol": "43/2014/NĐ-CP", "date": None}]),
    ("Theo Bản án hình sự sơ thẩm số 179/2018/HS-ST ngày 14/9/2018 của Tòa án nhân dân thành phố Hạ Long.",
     [{"symbol": "179/2018/HS-ST", "type": "Bản án", "date": D(2018, 9, 14)}]),
    ("Thông tư số 05/2024/TT-BNV đã hướng dẫn thi hành Luật Cán bộ, công chức số 22/2008/QH12.",
     [{"symbol": "05/2024/TT-BNV"}, {"symbol": "22/2008/QH12", "clause": ("05/2024/TT-BNV", "guides")}]),
    # round 41: a bare type word names again the document a body was just said to issue
    ("Ngày 14/5/2023 Chính phủ đã ban hành Nghị định số 24/2023/NĐ-CP quy định mức lương cơ sở.\n- Nghị định có "
     "hiệu lực thi hành kể từ ngày 01/7/2023, thay thế Nghị định số 38/2019/NĐ-CP ngày 09/5/2019 của Chính phủ.",
     [{"symbol": "24/2023/NĐ-CP"}, {"symbol": "38/2019/NĐ-CP", "relation": "cites", "clause": ("24/2023/NĐ-CP", "replaces")}]),
    ("Căn cứ Nghị định số 24/2023/NĐ-CP. Nghị định có hiệu lực từ ngày ký, thay thế Nghị định số 38/2019/NĐ-CP.",
     [{"symbol": "24/2023/NĐ-CP"}, {"symbol": "38/2019/NĐ-CP", "relation": "replaces", "clause": None}]),
    # round 42: "phát hành" issues, "thông qua ngày" dates; a type code or word glued to the
    # number (ending in a letter outside ASCII, as the candidate scan sees it)
    ("Ngày 26/8/2020, Bộ Giáo dục và Đào tạo phát hành Thông tư 26/2020/TT-BGDĐT về việc sửa đổi Quy chế.",
     [{"symbol": "26/2020/TT-BGDĐT", "date": D(2020, 8, 26), "issuer": "Bộ Giáo dục và Đào tạo"}]),
    ("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được thông qua ngày 17/6/2020;",
     [{"symbol": "59/2020/QH14", "date": D(2020, 6, 17)}]),
    ("Doanh nghiệp thực hiện theo QĐ48/2006/QĐ-BTC và Thông tư133/2016/TT-BTC; mã AB48/2006/QĐ-BTC.",
     [{"symbol": "48/2006/QĐ-BTC"}, {"symbol": "133/2016/TT-BTC"}]),
    # review nineteen: a direction's topic in lower case after its comma ("giáo dục", "giao
    # thông" are no verbs); a signer's name of two words after a known place before "ban hành";
    # a joint document's type code; a review's court decision; "các" after a comma; the bare
    # type word with another subject before its verb, or another of that type named since; a
    # law's comma only; a comma date before lower-case words; "thông qua" after a date; a date
    # across a line break with no symbol before it; one Vietnamese syllable in capitals
    ("Thực hiện chỉ đạo của UBND tỉnh về công tác tuyên truyền, phổ biến, giáo dục pháp luật tại Công văn số "
     "45/UBND-NC.", [{"symbol": "45/UBND-NC", "relation": "implements"}]),
    ("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã ban hành Quyết định số 12/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"}]),
    ("Hướng dẫn liên ngành số 01/HDLN-SYT-SGDĐT của Sở Y tế, Sở Giáo dục và Đào tạo yêu cầu các trường học thực hiện.",
     [{"symbol": "01/HDLN-SYT-SGDĐT", "issuers": ("Sở Y tế", "Sở Giáo dục và Đào tạo")}]),
    ("Quyết định giám đốc thẩm số 08/2020/DS-GĐT của Tòa án.", [{"symbol": "08/2020/DS-GĐT", "type": "Quyết định"}]),
    ("Ngày 18/9/2020, UBND tỉnh ban hành Quyết định số 2436/QĐ-UBND, các Quyết định số 1200/QĐ-UBND, 1201/QĐ-UBND "
     "hết hiệu lực.", [{"symbol": "2436/QĐ-UBND", "date": D(2020, 9, 18)}, {"symbol": "1200/QĐ-UBND", "date": None},
                       {"symbol": "1201/QĐ-UBND", "date": None}]),
    ("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về giá đất. Quyết định yêu cầu các huyện bãi bỏ Quyết định số "
     "05/QĐ-UBND.", [{"symbol": "12/QĐ-UBND"}, {"symbol": "05/QĐ-UBND", "clause": None}]),
    ("Kế hoạch số 12/KH-UBND đã triển khai Chỉ thị của Tỉnh ủy, đồng thời Kế hoạch số 15/KH-UBND được ban hành.",
     [{"symbol": "12/KH-UBND", "title": None}, {"symbol": "15/KH-UBND", "clause": None}]),
    ("Thực hiện Công văn số 15/CV-HCCB của Hội Cựu chiến binh tỉnh, ngày 10/4/2023 các chi hội đã tổ chức.",
     [{"symbol": "15/CV-HCCB", "date": None}]),
    ("Tờ trình số 12/TTr-UBND ngày 1/7/2023 được thông qua ngày 5/7/2023.", [{"symbol": "12/TTr-UBND", "date": D(2023, 7, 1)}]),
    ("UBND tỉnh đã ban hành ngày 21/02/2022\nKế hoạch số 12/KH-UBND về phòng chống dịch.",
     [{"symbol": "12/KH-UBND", "date": D(2022, 2, 21)}]),
    ("Thực hiện Kế hoạch số 12-KH/TU của THÀNH ỦY VINH về tổ chức; Kế hoạch số 13-KH/ĐU của ĐẢNG ỦY BIDV.",
     [{"symbol": "12-KH/TU", "issuer": "Thành ủy Vinh"}, {"symbol": "13-KH/ĐU", "issuer": "Đảng ủy BIDV"}]),
    ("Quyết định số 12/QĐ-UBND đã sửa đổi Điều 4, Phụ lục số 01 kèm theo Quyết định số 10/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "title": "Sửa đổi Điều 4, Phụ lục số 01 kèm theo Quyết định số 10/QĐ-UBND"},
      {"symbol": "10/QĐ-UBND", "clause": ("12/QĐ-UBND", "amends")}]),
    # review twenty: every comma of a direction, a lower-case subject before its verb; the bare
    # type word after a plain stretch, unless a directing verb or a capitalised type word since;
    # "các" after a comma for another type or a later number; a comma date before a subject
    # that acts; a name holding a comma; spaces around "tại" after the date
    ("Thực hiện các nội dung chỉ đạo của UBND tỉnh về phòng chống dịch bệnh, trường học báo cáo tình hình tại Báo "
     "cáo số 45/BC-THCS.", [{"symbol": "45/BC-THCS", "relation": "cites"}]),
    ("Thực hiện chỉ đạo của Bộ Y tế về tiêm chủng, Sở Nội vụ tổng hợp, trình tại Tờ trình số 45/TTr-SNV.",
     [{"symbol": "45/TTr-SNV", "relation": "cites"}]),
    ("Chính phủ đã ban hành Nghị định số 12/2024/NĐ-CP. Nghị định gồm 4 điều, sửa đổi Nghị định số 05/2020/NĐ-CP.",
     [{"symbol": "12/2024/NĐ-CP"}, {"symbol": "05/2020/NĐ-CP", "clause": ("12/2024/NĐ-CP", "amends")}]),
    ("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND quyết định giá đất. Quyết định thay thế Quyết định số 05/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND"}, {"symbol": "05/QĐ-UBND", "clause": ("12/QĐ-UBND", "replaces")}]),
    ("Ngày 18/9/2020, UBND tỉnh ban hành Quyết định số 2436/QĐ-UBND, các Kế hoạch số 120/KH-UBND và 121/KH-UBND.",
     [{"symbol": s, "date": D(2020, 9, 18)} for s in ("2436/QĐ-UBND", "120/KH-UBND", "121/KH-UBND")]),
    ("Căn cứ Quyết định số 11/QĐ-LĐLĐ của Liên đoàn Lao động tỉnh, ngày 05/1/2023 triển khai công tác năm 2023;",
     [{"symbol": "11/QĐ-LĐLĐ", "date": D(2023, 1, 5)}]),
    ("Thực hiện Công văn số 15/CV-HCCB của Hội Cựu chiến binh tỉnh, ngày 10/4/2023 các chi hội đã tổ chức.",
     [{"symbol": "15/CV-HCCB", "date": None}]),
    ("Nghị định số 12/2024/NĐ-CP đã sửa đổi Luật Phòng, chống mua bán người số 66/2011/QH12.",
     [{"symbol": "12/2024/NĐ-CP"}, {"symbol": "66/2011/QH12", "clause": ("12/2024/NĐ-CP", "amends")}]),
    ("UBND tỉnh đã ban hành ngày 21/02/2022 tại  Kế hoạch số 12/KH-UBND.", [{"symbol": "12/KH-UBND", "date": D(2022, 2, 21)}]),
    # round 44: "Theo đó," and a verb with no subject name again what a body just issued; alone
    # it is the text's own act
    ("Bộ Giáo dục và Đào tạo vừa ban hành Thông tư số 11/2023/TT-BGDĐT bãi bỏ Thông tư số 23/2014/TT-BGDĐT.\n\n"
     "Theo đó, bãi bỏ hoàn toàn Thông tư số 23/2014/TT-BGDĐT ngày 18.7.2014 của Bộ trưởng.",
     [{"symbol": "11/2023/TT-BGDĐT"}, {"symbol": "23/2014/TT-BGDĐT", "clause": ("11/2023/TT-BGDĐT", "repeals")},
      {"symbol": "23/2014/TT-BGDĐT", "relation": "cites", "clause": ("11/2023/TT-BGDĐT", "repeals")}]),
    ("Theo đó, bãi bỏ Thông tư số 23/2014/TT-BGDĐT.", [{"symbol": "23/2014/TT-BGDĐT", "relation": "repeals", "clause": None}]),
    # courts, procuracies and a council's standing body as table bodies (round 43's issuers); a
    # name before such a body still has its date before it
    ("Chỉ thị số 01/2024/CT-CA của Chánh án Tòa án nhân dân tối cao ngày 3/1/2024; Quyết định số 190/QĐ-VKSTC-VP "
     "của Viện trưởng VKSNDTC.",
     [{"symbol": "01/2024/CT-CA", "issuer": "Chánh án Tòa án nhân dân tối cao", "date": D(2024, 1, 3)},
      {"symbol": "190/QĐ-VKSTC-VP", "issuer": "Viện trưởng Viện kiểm sát nhân dân tối cao"}]),
    ("Kế hoạch số 203/KH-HĐND của Thường trực HĐND thị xã Mường Lay về giám sát; Bản án số 179/2018/HS-ST của Tòa "
     "án nhân dân thành phố Hạ Long.",
     [{"symbol": "203/KH-HĐND", "issuer": "Thường trực Hội đồng nhân dân thị xã Mường Lay", "title": "Giám sát"},
      {"symbol": "179/2018/HS-ST", "issuer": "Tòa án nhân dân thành phố Hạ Long"}]),
    # a body after the issuer and a comma, then a verb, is the next clause's subject, without
    # "đã" too (review fifteen); a joint document's second body before "hướng dẫn" stays
    ("Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND.",
     [{"symbol": "15/CT-TTg", "title": None, "issuers": ("Thủ tướng Chính phủ",)},
      {"symbol": "45/KH-UBND", "clause": None, "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Y tế xây dựng Kế hoạch số 34/KH-SYT về phòng chống dịch.",
     [{"symbol": "12/KH-UBND", "title": None, "issuers": ("Ủy ban nhân dân tỉnh",)},
      {"symbol": "34/KH-SYT", "clause": None, "title": "Phòng chống dịch"}]),
    ("Căn cứ Thông tư liên tịch số 12/2010/TTLT-BNV-BTC của Bộ Nội vụ, Bộ Tài chính hướng dẫn thực hiện chế độ.",
     [{"symbol": "12/2010/TTLT-BNV-BTC", "issuers": ("Bộ Nội vụ", "Bộ Tài chính"),
       "title": "Hướng dẫn thực hiện chế độ"}]),
    ("Theo Kế hoạch số 10/KH-UBND vừa ban hành, tỉnh sẽ tổ chức 5 đợt kiểm tra; Nghị quyết số 29-NQ/TW đã triển "
     "khai được 10 năm.",
     [{"symbol": "10/KH-UBND", "title": None}, {"symbol": "29-NQ/TW", "title": None}]),
    ("Kế hoạch số 20/KH-SYT ngày 5/3/2024 nhằm cụ thể hóa Nghị quyết số 29-NQ/TW.",
     [{"symbol": "20/KH-SYT"}, {"symbol": "29-NQ/TW", "clause": ("20/KH-SYT", "implements")}]),
    ("Phó Chủ tịch UBND TP.HCM Lê Thanh Liêm vừa ký Quyết định số 12/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Hồ Chí Minh"}]),
    ("UBND tỉnh Daklak vừa ký Quyết định số 12/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Daklak"}]),
    ("Theo phản ánh của ông A, Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP quy định, Ban Thanh "
     "tra nhân dân thành lập ở xã.",
     [{"symbol": "59/2023/NĐ-CP", "relation": "cites"}]),
    ("Thực hiện chỉ đạo của Phó Chủ tịch Thường trực Ủy ban nhân dân Quận 8 tại Công văn số 590/UBND-VP ngày 25/01/2023.",
     [{"symbol": "590/UBND-VP", "relation": "implements"}]),
    ("Theo đó, Nghị quyết số 04/2019/NQ-HĐTP đã bổ sung một số quy định chi tiết hơn so với Nghị quyết số "
     "03/2015/NQ-HĐTP; Nghị định này quy định chi tiết một số điều của Luật Đất đai số 45/2013/QH13.",
     [{"symbol": "04/2019/NQ-HĐTP"}, {"symbol": "03/2015/NQ-HĐTP", "relation": "cites"},
      {"symbol": "45/2013/QH13", "relation": "guides"}]),
    ("Công văn số 991/KCB-QLHN của Cục quản lý KCB về việc thực hiện Công điện số 1158/CĐ-BCĐQG.",
     [{"symbol": "991/KCB-QLHN"}, {"symbol": "1158/CĐ-BCĐQG", "relation": "cites",
                                   "clause": ("991/KCB-QLHN", "implements")}]),
    # Thirty-third and thirty-fourth fresh checks: spaces around the hyphen between issuer codes
    # (not before a body's code opening the next sentence); "khẩn", "hỏa tốc" between type word
    # and "số"; "TP.HCM"; "đã", "sẽ" before the verb of a reported clause; a hyphen for the
    # slash before the year; "đã ký ngày"; "Tiếp theo, vào ngày"
    ("Thực hiện chỉ đạo của Ban Chỉ huy tỉnh tại văn bản số 105/BCH – VP ngày 19/12/2020 về việc triển khai "
     "công điện số 41/CĐ-BCD9TW ngày 19/12/2020.",
     [{"symbol": "105/BCH-VP", "date": D(2020, 12, 19), "relation": "implements"},
      {"symbol": "41/CĐ-BCD9TW", "clause": ("105/BCH-VP", "implements")}]),
    ("Thực hiện Quyết định số 12/QĐ-UBND - UBND tỉnh giao các xã.",
     [{"symbol": "12/QĐ-UBND"}]),
    ("Ngày 21/7/2021 Ủy ban nhân dân huyện Cao Lãnh ban hành Công văn khẩn số 1052/UBND-VX.",
     [{"symbol": "1052/UBND-VX", "date": D(2021, 7, 21), "type": "Công văn"}]),
    ("- Căn cứ Văn bản số 1394/UBND-VX ngày 16/4/2020 của UBND TP.HCM về việc tiếp tục triển khai thực hiện Chỉ "
     "thị số 16/CT-TTg của Thủ tướng.",
     [{"symbol": "1394/UBND-VX", "issuer": "Ủy ban nhân dân thành phố Hồ Chí Minh"},
      {"symbol": "16/CT-TTg", "clause": ("1394/UBND-VX", "implements")}]),
    ("Nghị quyết số 04/2019/NQ-HĐTP đã thay thế Nghị quyết số 03/2015/NQ-HĐTP.",
     [{"symbol": "04/2019/NQ-HĐTP"}, {"symbol": "03/2015/NQ-HĐTP", "clause": ("04/2019/NQ-HĐTP", "replaces")}]),
    ("Như vậy, Quy định số 09-QĐi/TW đã tiếp tục làm rõ chức trách của các trường chính trị.",
     [{"symbol": "09-QĐi/TW", "title": None}]),
    ("- Căn cứ Thông báo số 37-2020/TB-PTGĐ ngày 23/3/2020 và Thông báo số 38-2020/TB-PTGĐ ngày 04/04/2020.",
     [{"symbol": "37/2020/TB-PTGĐ", "date": D(2020, 3, 23)}, {"symbol": "38/2020/TB-PTGĐ", "date": D(2020, 4, 4)}]),
    ("Quyết định số 123/QĐ-UBND đã ký ngày 12/3/2020 của UBND tỉnh.",
     [{"symbol": "123/QĐ-UBND", "date": D(2020, 3, 12), "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Tiếp theo, vào ngày 24/10/2019 Chủ tịch UBND tỉnh ban hành Quyết định số 2662/QĐ-UBND.",
     [{"symbol": "2662/QĐ-UBND", "date": D(2019, 10, 24)}]),
    # Thirteenth review: a unit after a dot before "năm", "và", "gửi" or a sentence's full stop
    # stays; a title ends at a full date before a capital with a diacritic, "vừa qua," or a
    # comma, not at days without their year; "nhằm" right after a symbol with no issuer is the
    # reader's purpose; under a
    # city or a district, three words before "đã ký" are the place
    ("Công văn 5255/VPCP-V.I năm 2019 về điều tra; Công văn số 11554/VPCP-V.I gửi các Bộ và Công văn số "
     "1234/UBND-KT.VX. Các Bộ triển khai.",
     [{"symbol": "5255/VPCP-V.I", "title": "Điều tra"}, {"symbol": "11554/VPCP-V.I"}, {"symbol": "1234/UBND-KT.VX"}]),
    ("Thực hiện Công văn số 245/SGDĐT-GDTrH.TP.HCM ngày 5/3/2020; Nghị quyết số 29-NQ/TW.BCH Đảng bộ tỉnh đã ban hành.",
     [{"symbol": "245/SGDĐT-GDTrH"}, {"symbol": "29-NQ/TW"}]),
    ("Thực hiện Quyết định số 123/QĐ-BYT ngày 20/2/2014 về việc phê duyệt kế hoạch tiêm vắc xin sởi, ngày 25/2/2014 "
     "Ủy ban nhân dân tỉnh đã có Công văn số 145/UBND-VX gửi các huyện.",
     [{"symbol": "123/QĐ-BYT", "title": "Phê duyệt kế hoạch tiêm vắc xin sởi"},
      {"symbol": "145/UBND-VX", "date": D(2014, 2, 25), "clause": None}]),
    ("Kế hoạch số 45/KH-UBND về chào mừng Ngày Giải phóng miền Nam 30/4, ngày 1/5 Quốc tế Lao động.",
     [{"symbol": "45/KH-UBND", "title": "Chào mừng Ngày Giải phóng miền Nam 30/4, ngày 1/5 Quốc tế Lao động"}]),
    ("Thực hiện Quyết định số 123/QĐ-BYT về việc phê duyệt kế hoạch tiêm vắc xin sởi, ngày 25/2/2014 vừa qua, Sở Y tế "
     "đã có Công văn số 145/SYT-NV.",
     [{"symbol": "123/QĐ-BYT", "title": "Phê duyệt kế hoạch tiêm vắc xin sởi"}, {"symbol": "145/SYT-NV"}]),
    ("Các đơn vị áp dụng Nghị định số 15/2020/NĐ-CP nhằm thực hiện thống nhất việc xử phạt.",
     [{"symbol": "15/2020/NĐ-CP", "title": None}]),
    ("UBND thành phố Buôn Ma Thuột đã ký Quyết định số 12/QĐ-UBND.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố Buôn Ma Thuột"}]),
    ("Phó Chủ tịch UBND tỉnh Tuyên Quang Nguyễn Văn Sơn đã ký Quyết định số 12/QĐ-UBND ngày 3/4/2020.",
     [{"symbol": "12/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Tuyên Quang"}]),
    # Thirty-second fresh check: a dot for the slash before the year; "ký (ban hành) ngày" dates;
    # "Nhằm thực hiện theo" opens as "Thực hiện theo" does
    ("Ngày 14.2.2014, Thủ tướng Chính phủ đã ban hành Quyết định số 14.2014/QĐ-TTg về hoạt động tư vấn.",
     [{"symbol": "14/2014/QĐ-TTg", "date": D(2014, 2, 14)}]),
    ("Căn cứ Nghị định số 27/2010/NĐ-CP do Chính phủ ký ban hành ngày 24/3/2010 quy định: bảo vệ.",
     [{"symbol": "27/2010/NĐ-CP", "date": D(2010, 3, 24), "relation": "based_on"}]),
    ("Căn cứ Nghị định số 27/2010/NĐ-CP ký ngày 24/3/2010 của Chính phủ;",
     [{"symbol": "27/2010/NĐ-CP", "date": D(2010, 3, 24), "issuer": "Chính phủ"}]),
    ("Nhằm thực hiện theo Quyết định số 2792/2010/QĐ-UBND ngày 12 tháng 8 năm 2010 của UBND tỉnh, Liên hiệp hội "
     "tổ chức hội thảo.",
     [{"symbol": "2792/2010/QĐ-UBND", "relation": "implements"}]),
    # Thirty-first fresh check: "nhằm thực hiện (theo)" opens a document's stated purpose, a
    # clause; a dateline's dash before "Ngày" opens the issuing clause
    ("Chủ tịch UBND tỉnh đã ban hành Chỉ thị số 726/CT-UBND ngày 31/3/2020 nhằm thực hiện theo Chỉ thị số "
     "15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.",
     [{"symbol": "726/CT-UBND", "date": D(2020, 3, 31)},
      {"symbol": "15/CT-TTg", "relation": "cites", "clause": ("726/CT-UBND", "implements")}]),
    ("Quyết định số 726/QĐ-UBND về việc thực hiện theo Chỉ thị số 15/CT-TTg.",
     [{"symbol": "726/QĐ-UBND"}, {"symbol": "15/CT-TTg", "clause": ("726/QĐ-UBND", "implements")}]),
    ("(Phù Ninh)- Ngày 24/10/2019 Chủ tịch UBND tỉnh Phú Thọ ban hành Quyết định 2662 /QĐ-UBND về việc công nhận.",
     [{"symbol": "2662/QĐ-UBND", "date": D(2019, 10, 24)}]),
    ("Chính sách theo Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 để thực hiện việc xác định thuế suất.",
     [{"symbol": "72/2024/NĐ-CP", "title": None}]),
    # Twelfth review: a unit after a dot only where the symbol ends after it; "kỳ", "đăng ký",
    # "chưa ký" sign nothing; "để ngày" is no date; a person's name after a body that signs is no
    # place; a title ends at a full date and a capital, not at a list of days; a date after the
    # issuer and a comma opens the next clause with no comma after it
    ("Thực hiện Quyết định số 12/QĐ-UBND.UBND huyện giao các xã; Kế hoạch số 13/KH-UBND.II. NHIỆM VỤ",
     [{"symbol": "12/QĐ-UBND"}, {"symbol": "13/KH-UBND"}]),
    ("Thực hiện Công văn số 245/SGDĐT-GDTrH.TP.HCM và Công văn số 123/UBND-VX.Đ/c Chủ tịch; Quyết định số 12/QĐ-UBND.QUY CHẾ",
     [{"symbol": "245/SGDĐT-GDTrH"}, {"symbol": "123/UBND-VX"}, {"symbol": "12/QĐ-UBND"}]),
    ("Ngày 15/6/2023, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết giữa nhiệm kỳ Nghị quyết số 05-NQ/TU của Tỉnh ủy.",
     [{"symbol": "05-NQ/TU", "date": None, "relation": "reviews"}]),
    ("Ngày 3/6/2022, Trường THPT A đã đăng ký Kế hoạch số 12/KH-THPT với Sở.",
     [{"symbol": "12/KH-THPT", "date": None}]),
    ("Ngày 5/3/2020, Chủ tịch UBND tỉnh chưa ký Quyết định số 45/QĐ-UBND.",
     [{"symbol": "45/QĐ-UBND", "date": None}]),
    ("Sở Tài chính đề nghị sửa đổi Quyết định số 12/QĐ-UBND để ngày 1/7/2020 áp dụng thống nhất.",
     [{"symbol": "12/QĐ-UBND", "date": None}]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã ký Quyết định số 1234/QĐ-UBND ngày 3/4/2020.",
     [{"symbol": "1234/QĐ-UBND", "date": D(2020, 4, 3), "issuer": "Ủy ban nhân dân tỉnh"}]),
    ("Kế hoạch số 45/KH-UBND về tổ chức các hoạt động kỷ niệm ngày 30/4, ngày 1/5 và ngày 2/9 năm 2020 trên địa bàn.",
     [{"symbol": "45/KH-UBND",
       "title": "Tổ chức các hoạt động kỷ niệm ngày 30/4, ngày 1/5 và ngày 2/9 năm 2020 trên địa bàn"}]),
    ("Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh, ngày 3/4/2020 Sở Y tế đã có Công văn số 45/SYT-NV.",
     [{"symbol": "12/QĐ-UBND", "date": None}, {"symbol": "45/SYT-NV", "date": D(2020, 4, 3)}]),
    # Twenty-ninth fresh check: "Vào ngày", "Sáng ngày" open the clause; a bracket bringing a
    # body's name up to date stands between the name and its verb
    ("Vào ngày 01/8/2014 Ban cán sự Đảng Viện kiểm sát nhân dân tỉnh Trà Vinh ban hành Kế hoạch số 21-KH/BCSĐ "
     "thực hiện Chỉ thị 17-CT/TU ngày 07/7/2014 của Ban Thường vụ Tỉnh ủy.",
     [{"symbol": "21-KH/BCSĐ", "date": D(2014, 8, 1)},
      {"symbol": "17-CT/TU", "date": D(2014, 7, 7), "clause": ("21-KH/BCSĐ", "implements")}]),
    ("Sáng ngày 01/8/2014 Ủy ban nhân dân tỉnh đã ban hành Quyết định số 21/QĐ-UBND.",
     [{"symbol": "21/QĐ-UBND", "date": D(2014, 8, 1)}]),
    ("Ngày 14/02/2018, Ủy ban Kháng chiến kiêm Hành chính tỉnh Hà Giang (nay là Ủy ban nhân dân tỉnh Hà Giang) "
     "ban hành Nghị quyết số 492/NQ-UBHC bãi bỏ hai khu.",
     [{"symbol": "492/NQ-UBHC", "date": D(2018, 2, 14)}]),
    ("Thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2020 (nay là Quyết định số 15/QĐ-UBND) ban hành Kế hoạch số 7/KH-UBND.",
     [{"symbol": "12/QĐ-UBND", "date": D(2020, 4, 3)}, {"symbol": "15/QĐ-UBND", "date": None},
      {"symbol": "7/KH-UBND", "date": None}]),
    # Thirtieth fresh check: a word between "hướng dẫn" and "thực hiện" still guides
    ("Ngày 15/6/2020, Ban Thường vụ Tỉnh ủy có Kết luận số 1518-KL/TU hướng dẫn bổ sung thực hiện Quy định số "
     "1913-QĐ/TU ngày 20/5/2020 của Ban Thường vụ Tỉnh ủy về tiêu chuẩn.",
     [{"symbol": "1518-KL/TU", "date": D(2020, 6, 15)},
      {"symbol": "1913-QĐ/TU", "date": D(2020, 5, 20), "clause": ("1518-KL/TU", "guides")}]),
    ("Hướng dẫn bổ sung thực hiện Quy định 1913-QĐ/TU về tiêu chuẩn chức danh.",
     [{"symbol": "1913-QĐ/TU", "relation": "guides"}]),
    ("Sở Y tế hướng dẫn cụ thể việc thực hiện Thông tư số 12/2020/TT-BYT.",
     [{"symbol": "12/2020/TT-BYT", "relation": "guides"}]),
    # a title ends at ", ngày <date>" and ", cụ thể:": what follows opens the next clause; a
    # date with no comma before a body the tables do not know issues its letter
    ("Thực hiện chỉ đạo của Bộ Y tế tại Quyết định số 601/QĐ-BYT ngày 20/2/2014 về việc phê duyệt kế hoạch "
     "tiêm vắc xin sởi, ngày 25/2/2014 Viện Vệ sinh Dịch tễ Trung ương đã có công văn số 166/VSDTTƯ-TCQG gửi các tỉnh.",
     [{"symbol": "601/QĐ-BYT", "relation": "implements", "title": "Phê duyệt kế hoạch tiêm vắc xin sởi"},
      {"symbol": "166/VSDTTƯ-TCQG", "date": D(2014, 2, 25), "relation": "cites", "clause": None}]),
    ("Ngày 25/2/2014 Viện Vệ sinh Dịch tễ Trung ương đã có công văn số 166/VSDTTƯ-TCQG gửi các tỉnh.",
     [{"symbol": "166/VSDTTƯ-TCQG", "date": D(2014, 2, 25)}]),
    ("Theo quy định tại Quyết định số 1010/QĐ-TTg ngày 10/8/2018 của Thủ tướng Chính phủ về đơn vị hành chính cấp "
     "xã tại vùng khó khăn, cụ thể: Thực hiện Điều 1, Quyết định số 72/QĐ-TTg ngày 16/01/2021, theo đó tiếp tục.",
     [{"symbol": "1010/QĐ-TTg", "relation": "cites", "title": "Đơn vị hành chính cấp xã tại vùng khó khăn"},
      {"symbol": "72/QĐ-TTg", "relation": "implements"}]),
    # a bracket dating another document's amendment is no cue of the text (corpus 029)
    ("trọng tâm là: Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017); Quy định số 69-QĐ/TW ngày "
     "06/7/2022 của Ban Chấp hành Trung ương; Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của Chính phủ.",
     [{"symbol": "69-QĐ/TW", "relation": "cites"}, {"symbol": "26/2020/NĐ-CP", "relation": "cites"}]),
]


@pytest.mark.parametrize("sentence,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_sentence(sentence, expected):
    found = extract(sentence)
    assert len(found) == len(expected), [c.symbol or c.text for c in found]
    for citation, want in zip(found, expected):
        for field, value in want.items():
            if field == "clause":
                got = (citation.clause.subject, citation.clause.stated) if citation.clause else None
            else:
                got = getattr(citation, field)
            assert got == value, f"{citation.text!r}: {field} = {got!r}, want {value!r}"
        assert sentence_nfc(sentence)[citation.start:citation.end] == citation.text


def sentence_nfc(text):
    import unicodedata
    return unicodedata.normalize("NFC", text)


REGRESSIONS = [
    # the words between a type word and "số" must name a body for the type word to count
    ("dụng thực hiện theo quy định của Luật Ngân sách nhà nước số 89/2025/QH15",
     [{"symbol": "89/2025/QH15", "type": "Luật", "term": "XV"}]),
    # a shared date from another year than the symbol's is not shared
    ("theo Quyết định số 40/2011/QĐ-TTg và số 17/2014/TTLT-BLĐTBXH-BTC ngày 01 tháng 8 năm 2014 của Bộ LĐTBXH",
     [{"symbol": "40/2011/QĐ-TTg", "date": None}, {"symbol": "17/2014/TTLT-BLĐTBXH-BTC", "date": D(2014, 8, 1)}]),
    ("Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997",
     [{"symbol": "31-QĐ/TW", "type": "Quyết định", "issuer": "Bộ Chính trị", "date": D(1997, 10, 1)}]),
]


@pytest.mark.parametrize("sentence,expected", REGRESSIONS, ids=[r[0][:50] for r in REGRESSIONS])
def test_regression(sentence, expected):
    test_sentence(sentence, expected)


# Sentences built to probe where a verb stops governing a locating word ("tại", "nêu tại"):
# a passive with its agent, a participle or adjective, approving and repealing words.
PROBES = [
    ("Dự án đã được UBND tỉnh phê duyệt chủ trương đầu tư tại Quyết định số 12/QĐ-UBND", "cites"),
    ("Nghị định số 15/2018/NĐ-CP đã được Chính phủ sửa đổi khoản 2 Điều 5 tại Nghị định số 155/2018/NĐ-CP", "cites"),
    ("Danh mục văn bản hết hiệu lực toàn bộ nêu tại Quyết định số 123/QĐ-UBND", "cites"),
    ("Công bố thủ tục hành chính bãi bỏ trong lĩnh vực tư pháp nêu tại Quyết định số 1329/QĐ-BTP", "cites"),
    ("Các dự án đã phê duyệt, danh mục nêu tại Quyết định số 5/QĐ-UBND", "cites"),
    ("Hằng năm, triển khai các nhiệm vụ, giải pháp phát triển kinh tế xã hội tỉnh nêu tại khoản 2 Điều 3 Nghị quyết số 57-NQ/TW", "implements"),
]


@pytest.mark.parametrize("sentence,relation", PROBES, ids=[p[0][:50] for p in PROBES])
def test_locating_word_probe(sentence, relation):
    assert extract(sentence)[-1].relation == relation
