// The words the parser listens for, in proper Vietnamese spelling. Unaccented
// typing (`chot`, `huy`, `bn`) needs no entry: the diacritics rule in
// word-set.ts lets an unaccented word match any accented form.
import { WordSet } from './word-set';

/** A set asked about only in a few places: it looks words up instead of taking one of the shared bits (lexicon-index.ts, 128 at most). */
const rare = (words: readonly string[]): WordSet => new WordSet(words, 'exact', false);

/** Order words (ORDER-GRAMMAR.md, intent 2). */
// (`chôt`, `lây`: chốt and lấy with the tone key missed; `cht` typed short. `chót`, a word of its own, only before a count: CHOT_SLIP)
export const ORDER_WORDS = new WordSet(['chốt', 'chôt', 'cht', 'lấy', 'lây', 'mua', 'đặt', 'order', 'oder', 'ođ', 'take', 'buy']);
export const CHOT = new WordSet(['chốt', 'chôt', 'cht']);
/** `chót 2`, `chót 1 hũ tỏi đen`: chốt with the wrong tone key, before a count or a product (`hạn chót` is a deadline). */
export const CHOT_SLIP = new WordSet(['chót']);
/** `hạn chót`, `phút chót`, `giờ chót`: the last moment, before which `chót` is no chốt. */
export const DEADLINE_HEADS = rare(['hạn', 'phút', 'giờ', 'lúc', 'cuối']);
/** Order words a past tense turns into a story ("lần trước mua rồi"), not an order. */
export const PAST_SENSITIVE = new WordSet(['lấy', 'mua', 'đặt', 'order']);
export const PAST_BEFORE = new WordSet(['đã', 'từng']);
export const ROI = new WordSet(['rồi', 'r']);
/** `hôm qua mua 3 gói`, `lần trước lấy 2 hũ`, `lúc nãy chốt 2`: a time gone by earlier in the clause makes an order word a story. */
export const PAST_TIME_FIRST = new WordSet(['hôm', 'lần', 'bữa', 'bựa', 'tuần', 'tháng', 'đợt', 'năm', 'lúc', 'hồi', 'ban', 'khi']);
/** (`bữa tê`, `bựa tê`: the other day, in the Centre; `hôm bữa`, `bữa hổm` in the South) */
export const PAST_TIME_SECOND = new WordSet(['qua', 'trước', 'ngoái', 'nãy', 'kia', 'tê', 'rồi', 'bữa', 'hổm']);
/** `lát e chốt`, `mai em chốt`, `tí nữa mua`: an order for later is not one yet. `lát`, `mai` alone; the others with `nữa`. */
export const LATER_WORD = new WordSet(['lát', 'mai', 'mốt']);
export const LATER_FIRST = new WordSet(['tí', 'tý', 'xíu', 'chút']);
/** `tuần sau em mua`, `lúc đó chốt`: with a word of PAST_TIME_FIRST, a time to come. `hồi tết mua`: `hồi` alone is back then. */
export const LATER_SECOND = rare(['sau', 'tới', 'đó']);
export const BACK_THEN = rare(['hồi']);
/** `hôm qua xem live, nay chốt 2 hũ`: now again. */
export const NOW_WORDS = new WordSet(['nay', 'giờ']);
/** `lần này`, `đợt này`, `bữa này`: this time, before `này`. */
export const THIS_TIME = rare(['lần', 'đợt', 'bữa']);
/**
 * Every word that starts a rarer cue (a swap, a story, a wish, `để em 1 chai`): the scans look only at
 * tokens in this set, a bit test, instead of asking each rare set of every word; and the cue loop,
 * which skips words of no shared set, stops at them.
 */
export const RARE_CUE_WORDS = new WordSet([
  'sang', 'qua', 'thành', 'lấy', 'bằng', 'thay', 'nhận', 'thiếu', 'vỡ', 'bể', 'hỏng', 'móp', 'chảy', 'nứt', 'mốc', 'dập', 'rách',
  'thừa', 'sai', 'tặng',
  'hôm', 'lần', 'bữa', 'bựa', 'tuần', 'tháng', 'đợt', 'năm', 'lúc', 'ban', 'khi', 'hồi', 'ước', 'trúng', 'mơ', 'để',
  'nhầm', 'lộn', 'à', 'mà', 'ý', 'chúc', 'uống', 'ăn', 'dùng', 'xài', 'pha', 'trộn', 'phết', 'chia', 'bán', 'trồng', 'chưng',
  'ck', 'chuyển', 'thanh', 'trả', 'nuôi', 'xem', 'coi', 'zoom', 'cầm', 'soi', 'lật', 'nghiêng', 'so', 'chứ', 'sửa', 'ghi',
]);
/** `đã ck 640k`, `chuyển khoản rồi`, `thanh toán xong`, `đã trả tiền`: a payment made (`ck em` is my husband). */
export const PAY = rare(['ck', 'chuyển', 'thanh', 'trả']);
/** What must follow `chuyển`, `thanh`, `trả` for a payment (`chuyển sang` swaps, `trả hàng` returns). */
export const PAY_SECOND = rare(['khoản', 'tiền', 'toán']);
export const XONG = rare(['xong']);
/** Correction markers (correction.ts): `nhầm`, `lộn` (oops), `ý em là` (I mean). */
export const NHAM = rare(['nhầm']);
/** `đặt nhầm`, `đặt lộn`, `đặt dư`, `lấy thừa`: an order told of as a mistake, what follows takes it back. */
export const MISTAKEN = rare(['nhầm', 'lộn', 'dư', 'thừa']);
export const LON = rare(['lộn']);
/** `sửa lại`, `ghi lại` (with LAI): the order written again, in the comment that gave it. */
export const REWRITE = rare(['sửa', 'ghi']);
/** `sửa lại giúp em: 3 hũ`: words between `sửa lại` and what it is set to. */
export const REWRITE_FILLERS = rare(['giúp', 'giùm', 'dùm', 'hộ', 'cho', 'em', 'e', 'mình', 'tôi', 'tui', 'chị', 'c', 'anh', 'a', 'shop', 'sốp', 'đơn', 'là', 'thành']);
/** `ghi lại giúp em vì lúc nãy…`, `ghi lại địa chỉ`: what follows `sửa lại` is a reason, a time or a contact, not the order. */
export const REWRITE_NOT = rare(['vì', 'do', 'tại', 'bởi', 'lúc', 'hồi', 'nãy', 'hôm', 'vừa', 'địa', 'sđt', 'sdt', 'tên']);
/** `em gõ nhầm 20`, `bấm lộn 2 hũ`: what follows the slip is the mistake, not its fix. */
export const TYPED = rare(['gõ', 'ghi', 'bấm', 'nhấn', 'đánh', 'viết']);
export const Y_MEAN = rare(['ý']);
export const LA = rare(['là']);
/** `không phải đông trùng`: not that one. */
export const PHAI = rare(['phải']);
/** `nếu còn hàng thì lấy 2`: a condition of stock only (with `còn`, `có` or `sẵn`), which every order has: no maybe. */
export const STOCK_HELD = rare(['còn', 'có', 'sẵn', 'đủ']);
export const STOCK_WORDS = rare(['còn', 'có', 'sẵn', 'đủ', 'hàng', 'shop', 'sốp', 'bên', 'mình', 'chị', 'anh', 'em', 'c', 'a', 'e', 'ạ', 'nha']);
/** `freeship thì chốt`, `giá sỉ thì lấy`, `giảm 10k thì lấy`: terms the buyer waits on before ordering. */
export const TERMS = rare(['giá', 'giảm', 'bớt', 'freeship', 'free', 'sỉ', 'rẻ', 'voucher', 'mã', 'chiết', 'khuyến', 'tặng', 'bao']);
/** `ở đâu cũng`, `bao nhiêu cũng`, `nào cũng`: any (a question word before `cũng` asks nothing). */
export const ALSO = rare(['cũng']);
/** `xem sao`, `xem có ngon không`: see how it goes, said, not asked. */
export const SEE = rare(['xem', 'coi']);
/** `zoom gần 2 chai đó`, `cầm 2 hũ lên`, `soi gần`, `lật mặt sau`, `nghiêng chai`: the goods shown on camera. */
export const ZOOM = rare(['zoom', 'cầm', 'soi', 'lật', 'nghiêng']);
/** `cho dễ so`, `cho e so màu`: to compare. */
export const COMPARE = rare(['so']);
/** `cho dễ so`: easy to. */
export const EASY = rare(['dễ']);
/** `để em hỏi chồng đã`: asking someone at home, not the seller. */
export const ASK = rare(['hỏi']);
export const ASKED_AT_HOME = rare(['chồng', 'ck', 'vợ', 'mẹ', 'má', 'bố', 'ba', 'cha', 'xã', 'nhà', 'ý', 'ổng', 'bả']);
/** `ước gì lấy được 2 hũ`, `trúng số em lấy 10 hộp`, `chúc shop chốt nhiều đơn`: a wish, not an order. */
export const WISH = rare(['ước', 'trúng', 'mơ', 'chúc']);
/** What is won: `trúng số`, `trúng thưởng`, `trúng giải`. */
export const WON = rare(['số', 'thưởng', 'giải', 'độc']);
/** `muốn mua 2 hũ mà hết tiền`, `mà không có tiền`: but (then no money: cannot). */
export const BUT = rare(['mà']);
export const HAVE = rare(['có', 'đủ']);
/** `lấy 100 hũ đùa thôi`: a joke (`đùa chứ lấy 1 hũ` is not). */
export const JOKING = rare(['đùa', 'giỡn', 'xạo']);
export const BUT_REALLY = rare(['chứ']);
/** `chờ lương về rồi em lấy`, `để em hỏi chồng đã rồi chốt`, `giảm đi rồi em chốt`: after waiting for something, later (`đã` or `đi` just before `rồi`). */
export const WAIT_WORDS = rare(['chờ', 'đợi']);
export const WAIT_FIRST = rare(['đã', 'đi']);
/** `8 giờ tối em lấy`: an hour of the clock, after its number. */
export const HOUR = new WordSet(['giờ']);
/** `đợi sale mới chốt`: only then (after waiting). */
export const ONLY_THEN = new WordSet(['mới']);
/** `nãy e lấy 1 hộp rồi`: a while ago, alone (typed with its mark: a plain `nay` is today). */
export const JUST_NOW = new WordSet(['nãy']);
/** `để cuối tháng lãnh lương e lấy`: the end of a time to come. */
export const END_OF = new WordSet(['cuối']);
/** `tổng kết`, `tiệc`, `liên hoan`, `thưởng`, `họp` before `cuối năm`: an occasion at the year's end, not a time to wait for. */
export const OCCASIONS = rare(['kết', 'tiệc', 'hoan', 'thưởng', 'họp', 'niên']);
export const PERIODS = rare(['tuần', 'tháng', 'năm']);
/** `thứ tư em chốt`: a weekday, a time to come. */
export const WEEKDAY = rare(['thứ']);
/** `mấy giờ chốt đơn`, `khi nào chốt`, `bao giờ mua được`: when to order, asked before the order word. */
export const WHEN_FIRST = rare(['mấy', 'khi', 'lúc', 'hôm', 'ngày', 'bao']);
export const WHEN_SECOND = rare(['giờ', 'h', 'nào']);
/** `mua 3 lần rồi`: orders counted in times are orders told of. */
export const TIMES = rare(['lần', 'lượt']);
/** `đặt 2 hũ rồi mà chưa thấy`: after `rồi`, `chưa` and one of these tell of an order not yet come. */
export const NOT_YET_COME = rare(['thấy', 'nhận', 'có', 'giao', 'gọi', 'ship', 'về', 'tới', 'đến', 'ai']);
/** `đã nhận`, `nhận được 2 hũ`, `nhận hàng rồi`: goods received. */
export const RECEIVED = rare(['nhận']);
export const RECEIVED_AFTER = rare(['được', 'rồi', 'hàng', 'đủ', 'dc', 'đc']);
/** `không thể không mua`: cannot not buy, a double negative that orders. */
export const CAN = rare(['thể']);
/** `đặt 3 hũ mà chỉ nhận 2`, `đặt robusta mà giao arabica`: what came, after `mà`, set against what was ordered. */
export const DELIVERED = rare(['nhận', 'giao', 'gửi', 'ship']);
/**
 * `giao thiếu 1 chai`, `bị vỡ 1 hũ`, `bị mốc 1 túi`, `gửi thừa 1 hũ`: goods missing, damaged or too many (typed with their
 * marks: `hong` is `hông`, `vo` is `vô`, `moc` mộc, `hu` hũ; only `thieu` is thiếu typed plain).
 */
export const DAMAGED = rare(['thiếu', 'vỡ', 'bể', 'hỏng', 'móp', 'chảy', 'nứt', 'mốc', 'dập', 'rách', 'thừa']);
/** `em muốn mua mật ong cho con`, `tính mua yến chưng`: buying thought of, an order only with a count said after it. */
export const THINKING_OF = rare(['muốn', 'tính', 'định']);
/** `gói kỹ kẻo vỡ`, `sợ bể`, `chống móp`: damage feared, guarded against, not come (with a negation: `không bị vỡ`). */
export const PRECAUTION = rare(['kẻo', 'sợ', 'tránh', 'đừng', 'chống', 'khỏi', 'lỡ']);
/** `gửi sai hàng`, `gửi nhầm`, `giao lộn`: the wrong goods sent. */
export const WRONG = rare(['sai', 'nhầm', 'lộn']);
/** `Minh Thư đã tặng Hoa hồng x5`: a gift sent in the live, not an order. */
export const SENT_BEFORE = rare(['đã', 'vừa']);
/** `3 chai nhiều quá`: too many, a count judged (typed with its marks: `nhieu` is nhiêu). */
export const TOO_MANY = rare(['nhiều']);
/** `còn 25 hũ`, `còn lại 3 chai`: a count of what is left. */
export const CON = rare(['còn']);
export const LAI = rare(['lại']);
/** `hủy theo dõi`, `hủy đăng ký`, `hủy follow`, `hủy số cũ`: what is ended is a follow, a subscription or a phone number. */
export const UNFOLLOW = rare(['theo', 'follow', 'fl', 'flw', 'đăng', 'sub', 'kết', 'số', 'sđt', 'sdt', 'lịch', 'hẹn']);
/** `hủy diệt` (destroy; `ngon hủy diệt`, awesome), `hủy hoại` (ruin): no order taken back. */
export const RUIN = rare(['diệt', 'hoại']);
/** `2 giao Hà Nội`, `1 hộp về Huế`, `1 gửi bà ngoại`: where a lot of the order goes, after its count. */
export const SENT_TO = rare(['giao', 'ship', 'gửi', 'về']);
/** `hủy 1 trong 3 hũ`: one of three; the number after `trong` is the whole, not the count. */
export const OUT_OF = rare(['trong']);
/** `thứ 7 em qua`, `mùng 8 giao`, `ngày 15 giao 2 hộp`: a day or a time named by its number, no lot of an order. */
export const DAY_HEADS = rare(['thứ', 'mùng', 'mồng', 'ngày', 'tháng', 'lúc', 'số']);
/**
 * `lấy 2 hũ tỏi đen`, `+2 trà sữa`, `chốt 1 kg sầu riêng`: words for goods, typed with their marks. Named after a
 * count where the product on screen has no such word, they are other goods, not what is on screen.
 * (Words that are also everyday words or a product's descriptions are left out: `đường` a street, `hồi` back then,
 * `tương tự`, `trùng`, `nhãn` a label, `hạt to`, `sấy giòn`, `bột` of a product, `khô`.)
 */
export const OTHER_GOODS = rare([
  'tỏi', 'hành', 'gừng', 'nghệ', 'sả', 'ớt', 'tiêu', 'muối', 'mắm', 'dầu', 'giấm', 'mì', 'miến', 'bún', 'phở', 'kẹo',
  'mứt', 'chè', 'trà', 'phê', 'sữa', 'sầu', 'xoài', 'mít', 'chuối', 'dừa', 'bưởi', 'quýt', 'nho', 'táo', 'mận', 'dưa',
  'ổi', 'khoai', 'sắn', 'ngô', 'bắp', 'mè', 'vừng', 'gạo', 'nếp', 'cốm', 'yến', 'sâm', 'nấm', 'măng', 'rau', 'tôm', 'cá',
  'mực', 'cua', 'ghẹ', 'sò', 'hàu', 'bò', 'gà', 'vịt', 'heo', 'lợn', 'giò', 'chả', 'nem', 'lạp', 'thịt', 'trứng', 'ruốc',
  'rượu', 'mật', 'phấn', 'quế',
]);
/** The same goods in the North's word and the South's, or in English: one in a product's name stands for the other. */
export const SAME_GOODS: readonly (readonly string[])[] = [['tra', 'che'], ['ngo', 'bap'], ['lon', 'heo'], ['vung', 'me'], ['phe', 'cafe', 'coffee']];
/** `huỷ ship hỏa tốc`: a way of delivery (ship, giao) and its speed. */
export const SHIP = rare(['ship', 'giao']);
export const SHIP_SPEEDS = rare(['hỏa', 'hoả', 'nhanh', 'express', 'tốc', 'gấp']);
/** `đơn của Hồng`, `hủy giúp Trà 1 hộp`, `đặt hộ Mai`: a capitalised word after these is a person (parser.ts notTheProduct). */
export const ON_BEHALF = rare(['của', 'giúp', 'giùm', 'dùm', 'hộ']);
/** `toi muon mua`, `toi ko lay nua`, `toi o quang ngai`: after a pronoun typed plain, what makes it the speaker (parser.ts notTheProduct). */
export const SPEAKER_NEXT = rare(['muốn', 'cần', 'định', 'đang', 'vẫn', 'cũng', 'đã', 'ở']);
/** `mật ong đặt trong tủ lạnh`: put in a place, not ordered. */
export const PUT_IN = rare(['trong', 'vào', 'vô']);
/** `phá hủy` (destroy), `làm hủy hết chất` (destroys the goodness): not a cancel. */
export const DESTROY = rare(['phá', 'tiêu', 'làm']);
/** `toàn mua`, `thường lấy`, `hay mua`: a habit told of, not an order now. */
export const HABIT = rare(['toàn', 'thường', 'hay']);
/** `uống hết 3 hũ`, `pha 1 gói với 200ml sữa`, `bán được 3 yến`: using, making or selling, told; its counts order nothing. */
export const USE_VERBS = rare(['uống', 'ăn', 'dùng', 'xài', 'pha', 'trộn', 'phết', 'chia', 'bán', 'trồng', 'chưng', 'nuôi']);
/** `1 hũ không đường ăn thử`, `dùng thử 1 gói`: to try it, what the goods bought now are for. */
export const TRY = rare(['thử']);
/** The ones no other word shares when typed plain (`pha` is spelt so). */
export const USE_VERBS_PLAIN = rare(['uống', 'xài', 'chia', 'phết', 'pha', 'nuôi']);
/** `ăn tết`, `ăn giỗ`, `ăn cưới`: keeping a feast, not eating the goods. */
export const FEASTS = rare(['tết', 'giỗ', 'cưới', 'hỏi', 'rằm', 'tất']);
/** `đơn có bị hủy không`, `lúc nãy lỡ hủy`: a cancel suffered or regretted, not made. */
export const PASSIVE = rare(['bị', 'lỡ']);
/** `lỡ tay bấm hủy`: pressed. */
export const PRESS = rare(['bấm', 'nhấn', 'ấn', 'bấn']);
/** `hỏi vậy thôi`, `nói thế thôi`: just so, before `thôi`. */
export const JUST_SO = rare(['vậy', 'thế', 'zậy', 'dậy']);
/** `bà Lan nói không lấy nữa`: words told of someone. */
export const SAID = rare(['nói', 'bảo', 'kêu', 'dặn']);
/** `nhiều người mua`, `mọi người mua đi`: people in general buying, not this buyer. */
export const PEOPLE = rare(['người']);
/** `em chốt sau nha`: later (`sau` with no count or product after it; `lấy sau hũ` is six). */
export const LATER_AFTER = new WordSet(['sau']);
/** `nếu mua 2 hũ …`: an order word in a condition asks, it does not order (`lấy 2 hũ thì ship bao nhiêu` still orders, as the grammar says). */
export const IF_WORDS = new WordSet(['nếu']);
/** `chị kia chốt 2 rồi kìa`: someone else's order (a person word, then one of these, before the order word). */
export const THAT_ONE = rare(['kia', 'ấy', 'đó', 'khác', 'trên']);
export const PERSON = rare(['người', 'bạn', 'chị', 'anh', 'em', 'cô', 'chú', 'bác', 'ông', 'bà', 'mẹ', 'bố', 'ba', 'vợ', 'chồng']);
/** `chốt lại là …`: to sum up. */
export const AGAIN = rare(['lại']);
export const IS = rare(['là']);
/** `chốt kèo cuối tuần`: a plan settled, not an order. */
export const PLAN = rare(['kèo']);
/** `lên đơn cho em`: put the order up (before `đơn`). */
export const RAISE_ORDER = new WordSet(['lên']);
/** `lấy chồng Hà Giang`: to marry; `qua chốt kiểm lâm`: a checkpoint. No order word there. */
export const MARRIED = rare(['chồng', 'vợ']);
export const CHECKPOINT = rare(['kiểm', 'chặn', 'gác', 'cửa', 'cổng']);
/** `chốt được 50 đơn`: done, and counted. */
export const ABLE = rare(['được']);
/** `chốt đơn mỏi tay`: so many orders the hands tire, a wish. */
export const TIRED = rare(['mỏi']);
/** `mua 2 tặng 1`: a promotion quoted, `chốt rồi thì …`: once ordered, then; `đừng mua`: don't. None orders. */
export const GIFT = new WordSet(['tặng']);
export const THEN = rare(['thì']);
export const DONE = rare(['rồi', 'xong']);
export const DONT = rare(['đừng']);
/** `mua ở đâu`, `đặt như nào`, `lấy loại nào`: how, where or which to order, asked. */
export const HOW_WHERE = new WordSet(['đâu', 'mô', 'nào', 'sao', 'ntn']);
/** `lấy cái này`, `chốt em này`: the one on screen. */
export const THIS_HEADS = new WordSet(['cái', 'em', 'sản', 'sp', 'loại', 'món', 'mẫu', 'bộ', 'con']);
export const THIS = rare(['này', 'nầy', 'ni', 'nì']);
/** `năm ngoái`, `năm nay`: a year, not five. */
export const YEAR_AFTER = rare(['ngoái', 'nay', 'trước', 'tới', 'sau']);
/** `ai mua mật ong chưa`: someone else's order is asked about. */
export const WHO = new WordSet(['ai']);
/** `mấy tổ`, `mấy lần`: how many, asked; `mấy bạn ơi` calls people. */
export const MAY = new WordSet(['mấy']);
export const MAY_PEOPLE = new WordSet(['bạn', 'bà', 'chị', 'anh', 'em', 'cô', 'chú', 'bác', 'đứa', 'người', 'ông', 'shop', 'ad']);
/** `trên giỏ vàng`, `qua giỏ hàng`: the platform's own cart (platform-cart.ts). */
export const CART = rare(['giỏ']);
export const CART_KINDS = rare(['vàng', 'hàng']);
/** A numbered slot of the platform's basket: `giỏ số 3`, `link 5`, `sp số 2`. */
export const SLOT_WORDS = rare(['giỏ', 'link', 'sp']);
/** `thả 99 cái tim`, `x2 tim`: reactions of the live, counted, whatever counts them. */
export const REACTIONS = rare(['tim', 'like', 'follow', 'share', 'sub', 'ý']);
/** A number before these counts something else than items (`mua 3 lần`, `bé 2 tuổi`, `live 2 tiếng`). */
export const COUNTERS = new WordSet([
  'lần', 'ngày', 'tuổi', 'tiếng', 'giờ', 'phút', 'tháng', 'tuần', 'đứa', 'bé', 'người', 'chút', 'xíu', 'tí', 'like', 'tim', 'follow', 'share',
  'lời', 'câu', 'thìa', 'muỗng', 'ly', 'cốc', 'điểm', 'món',
]);
/** `5 lạng`, `300 gram`: an amount in a unit below the one sold (quantities.ts reads it as part of a unit). */
export const SUBUNITS = rare(['lạng', 'gam', 'gram', 'gr', 'ml', 'lít']);
/** `1 yến gạo` (10 kg), `2 tạ culi` (100 kg): the countryside's larger weights (typed with their marks: `yen`, `ta` are words). */
export const BIG_WEIGHTS = rare(['yến', 'tạ']);
/** `cho mình vài hũ`: a few, no number said. */
export const VAGUE_COUNTS = rare(['vài', 'dăm']);
/**
 * After an order word, an amount with no number (quantities.ts readVague): `lấy hết`, `bao hết` (all there is),
 * `một ít`, `ít thôi`, `thêm chút` (a little), `gấp đôi` (twice as many), `nhiều nhiều`.
 */
export const VAGUE_ALL = rare(['hết']);
export const VAGUE_LITTLE = rare(['ít', 'chút', 'xíu']);
export const VAGUE_TIMES = rare(['gấp']);
export const VAGUE_DOUBLE = rare(['đôi']);
export const VAGUE_MANY = rare(['nhiều']);
/** Between an order word and a vague amount: `lấy thêm chút`, `lấy cho em một ít`. */
export const VAGUE_LEAD = rare(['thêm', 'cho', 'em', 'e', 'c', 'chị', 'mình', 'a', 'anh', 'tui', 'tôi']);
/** `top 1`, `hạng 1`: a rank, not a quantity. */
export const RANKS = new WordSet(['top', 'hạng']);
/** `giảm còn 1 chai`, `đổi mật ong thành 3 chai`, `sửa lại 2 chai`: a new total, not units to add. */
export const SET_VERBS = new WordSet(['giảm', 'bớt', 'đổi', 'sửa', 'chỉnh']);
export const SET_MARKS = new WordSet(['còn', 'thành', 'lại']);
/** `thêm 2` adds to an order only with a quantity right after it (`mật ong có thêm đường không` asks). */
export const THEM = new WordSet(['thêm']);
/** `em xin 1`, `xí 1 hũ`, `hốt 2 hũ`, `book 2 slot`: buyers' words for taking, orders only with a count or a product right after. */
export const SOFT_ORDER_WORDS = new WordSet(['xin', 'xí', 'hốt', 'múc', 'book', 'quất']);

/** `cho em 3 hũ`: `cho` + one of these, when a quantity or product follows. */
export const CHO = new WordSet(['cho']);
/** `để em 1 chai`: keep for me, as `cho em` gives; `để mua thử` (in order to) before an order word orders nothing. */
export const DE = rare(['để']);
/** `tư vấn cho em mật ong`, `giới thiệu cho chị`: advise, introduce: `cho em` asks, it orders nothing. */
export const ADVISE = rare(['vấn', 'thiệu']);
export const PRONOUNS = new WordSet([
  'em', 'e', 'mình', 'mk', 'mik', 'chị', 'c', 'anh', 'a', 'tui', 'tôi', 't', 'cô', 'chú', 'bác', 'con', 'cháu', 'dì', 'ad', 'ông', 'bà',
  // the Centre: `cho eng` (anh), `cho o` (aunt), `cho mệ` (grandma)
  'eng', 'o', 'mệ',
]);
/** Words that may sit between `cho em` and what it asks for (`cho em xin 2 hũ`). */
export const CHO_FILLERS = new WordSet(['xin', 'thêm', 'lấy', 'mua', 'đặt', 'chốt', 'luôn', 'với']);
/** Words that may sit between an order word and its quantity (`lấy cho mình 2`). */
export const ORDER_FILLERS = new WordSet([
  'cho', 'em', 'e', 'mình', 'mk', 'mik', 'chị', 'c', 'anh', 'a', 'tui', 'tôi', 't', 'xin', 'thêm', 'luôn', 'ơi', 'shop', 'đơn',
  'nha', 'nhé', 'ạ', 'sốp', 'liền', 'ngay', 'dùm', 'giúp', 'giùm', 'với', 'thử', 'trước', 'sỉ',
  // `em lấy cả 2 luôn`: both
  'cả',
  // `mua ủng hộ 5 gói`: bought to support the seller
  'ủng', 'hộ',
]);

/** Cancels (intent 1). `hủ` is a jar, and folds to a different word. */
export const CANCEL_WORDS = new WordSet(['hủy', 'cancel', 'hũy']);
/** `bỏ` / `bớt` / `giảm` cancel only when a product (or `đơn`) follows (`giảm giá` asks a price). */
export const DROP_WORDS = new WordSet(['bỏ', 'bớt', 'giảm', 'xoá', 'xóa', 'remove']);
export const DON = new WordSet(['đơn']);
/** `thôi bỏ đi`, `bỏ hết nha`: with nothing named after them, these make `bỏ` take back the whole order. */
export const DROP_ALL = rare(['đi', 'hết', 'luôn', 'lun']);
/** `hủy hết mật ong`: all of every product the name covers. */
export const HET = rare(['hết']);
/** `hết hàng`: sold out (goods), not out of money. */
export const GOODS = rare(['hàng', 'sạch', 'slot']);
/** `bên kia`, `shop khác`, `chỗ khác`: another shop (before `kia`/`khác`; `bên trên` is above). */
export const OTHER_SHOP = rare(['bên', 'shop', 'chỗ', 'tiệm', 'quán', 'nơi']);
export const OTHER_ONE = rare(['kia', 'khác']);
/** `bỏ giúp tôi hũ phấn hoa`: words between `bỏ` and what it takes off (not `thêm`: `bỏ thêm` puts more in). */
export const DROP_FILLERS = rare([
  'giúp', 'giùm', 'dùm', 'hộ', 'cho', 'em', 'e', 'mình', 'mk', 'mik', 'tôi', 'tui', 't', 'chị', 'c', 'anh', 'a', 'cái', 'lại', 'bớt', 'dòng', 'the',
]);
/** `bỏ mật ong vào sữa chua`: put into, not take off. */
export const INTO = rare(['vào', 'vô', 'zô']);
/** `bỏ chai nước mắm xuống`: put down. */
export const DOWN = rare(['xuống']);
/** `hộp quà`, `túi quà`: the gift wrapping (WRAPS then GIFT_WORD); `thiệp`, a card. */
export const WRAPS = rare(['hộp', 'túi', 'giấy']);
export const GIFT_WORD = rare(['quà']);
export const CARD = rare(['thiệp']);
/** `Yến đây`: here I am, the writer's name before it. */
export const HERE = rare(['đây']);
/** `nửa yến nếp`: half (of a weight). */
export const HALF_WORD = rare(['nửa']);
/** `lấy 2 hũ kia ra`: out (of the shelf, to be shown). */
export const OUT = rare(['ra']);
/** `… rồi kìa`: look, pointing at what someone else did. */
export const LOOK = rare(['kìa']);
/** `bỏ mật ong với trà sen chung 1 túi`: packed together. */
export const TOGETHER = rare(['chung']);
/**
 * A plain `huy` cancels only before one of these, a product, a quantity or nothing; before any
 * other word it is part of a name or another word (`Huy đẹp trai`, `huy chương`, `huy động`).
 */
export const HUY_CANCEL_NEXT = rare([
  'đơn', 'nha', 'nhé', 'nhá', 'nhe', 'nghen', 'hen', 'giúp', 'giùm', 'dùm', 'hết', 'luôn', 'lun', 'đi', 'ạ', 'shop', 'sốp', 'ad',
  'em', 'e', 'cho', 'cái', 'mình', 'mk', 'mik', 'tui', 'liền', 'ngay', 'bớt', 'bỏ', 'với', 'lẹ', 'tất', 'toàn', 'món', 'hàng',
  'sp', 'sản', 'này', 'nay', 'rồi', 'vì', 'do', 'ak', 'ah', 'dc', 'đc', 'được', 'order', 'các', 'những', 'mấy', 'hộ',
]);
/** `1 chai biếu sếp`, `1 hộp tặng mẹ`: given to a person, as `cho` is. */
export const GIVE = rare(['biếu', 'tặng']);
/** `1 hộp gửi mẹ chồng`: sent to someone, a lot of its own. */
export const SEND = rare(['gửi']);
/** `chị Yến`, `anh Huy`: a capitalised word after one of these is a person's name; `cho mẹ 1`: a count for that person. */
export const KIN = new WordSet([
  'chị', 'anh', 'em', 'bạn', 'cô', 'chú', 'bác', 'dì', 'ông', 'bà', 'cháu', 'bé', 'thầy', 'mợ', 'cậu', 'chỉ', 'mẹ', 'má', 'bố', 'ba', 'cha', 'vợ',
  'chồng', 'con', 'nội', 'ngoại', 'sếp', 'o', 'mệ', 'eng', 'mụ', 'dượng', 'thằng',
  // `ny`: người yêu, a sweetheart
  'ny',
]);
/** `Lê Thị Yến`, `Nguyễn Văn Huy`: capitalised, the middle names of most Vietnamese (`thị` is also a place word). */
export const MIDDLE_NAMES = rare(['thị', 'văn']);
/** `em là Yến`, `tên Yến`: a capitalised word after these is a name. */
export const NAMING = rare(['là', 'tên']);
/** `mật ong nhà shop ngon lắm`: a product praised, not asked about (not `xịn`: typed plain it is `xin`). */
export const PRAISE = new WordSet(['ngon', 'thơm', 'tuyệt', 'đẹp', 'tốt', 'thích', 'ghiền', 'nghiện', 'khỏe', 'khoẻ', 'sảy', 'nhất']);
/** `đóng gói kỹ lắm`, `làm mực 20 năm rồi`: a product in a statement (with no question cue), not asked about. */
export const TELLING = new WordSet(['lắm', 'quá', 'ghê', 'rồi']);
/** `khỏi lấy kẹo dừa`: no need to take it (southern), a refusal like `không lấy`. */
export const KHOI = new WordSet(['khỏi']); // shared: the cue scan only stops at words of shared sets
/** `nỏ lấy nữa`: không, as Nghệ An and Hà Tĩnh say it (typed with its mark only: `no` is no, full). */
export const DIALECT_NO = new WordSet(['nỏ']);
export const NEGATIONS = new WordSet(['không', 'ko', 'k', 'kh', 'hông', 'hổng', 'hok', 'hog', 'hk', 'hem', 'khum', 'khg', 'kô', 'hong', 'chẳng', 'chả']);
export const CANCEL_VERBS = new WordSet(['lấy', 'mua', 'đặt', 'chốt', 'order', 'cần', 'lay', 'xí', 'hốt', 'múc', 'giữ', 'book']);
export const NUA = new WordSet(['nữa']);
/** `huỷ 1 hộp yến, giữ lại chuối`: what follows `giữ` in a cancel is kept, not cancelled; `mít vẫn lấy`: what precedes `vẫn` too. */
export const KEEP_WORDS = new WordSet(['giữ', 'keep']);
export const STILL = rare(['vẫn']);
/** `không lấy chuối nữa, đổi sang 2 gói khoai`: what follows `đổi sang` is wanted, not cancelled. */
export const SWAP_VERBS = rare(['đổi', 'chuyển']);
export const SWAP_TO = rare(['sang', 'qua', 'thành']);
/** `đổi phấn hoa lấy mật ong`: after `đổi` and a product, `lấy` says what is wanted instead. */
export const SWAP_TAKE = rare(['lấy']);
/** `lấy mật ong thay (cho) phấn hoa`: what comes before `thay` is wanted, what follows goes; `thay X bằng Y` the other way. */
export const SWAP_INSTEAD = rare(['thay']);
export const SWAP_WITH = rare(['bằng']);
/** Words that may sit between `thay` and the product it replaces (`thay cho`, `thay vì`). */
export const SWAP_INSTEAD_FILLERS = rare(['cho', 'vì', 'vào']);
export const THOI = new WordSet(['thôi', 'thui', 'thoy']);
/** `mn ơi`, `mọi người ơi`, `cả nhà ơi`, `các bạn ơi`, `mấy bà ơi`, `ae ơi`: everyone watching called. */
export const EVERYONE_FIRST = rare(['mn', 'mng', 'mọi', 'cả', 'các', 'mấy', 'ae']);
/** The ones that mean everyone on their own. */
export const EVERYONE = rare(['mn', 'mng', 'ae']);
export const OI = rare(['ơi']);
/** `cả nhà`, `mọi người`, `các bạn`: everyone (after EVERYONE_FIRST). */
export const AUDIENCE = rare(['nhà', 'người', 'bạn', 'bà', 'chị', 'anh', 'em']);
/** Who says the order is their own: `@Lan tui cũng lấy 2 hũ`. */
export const SELF = rare(['em', 'e', 'mình', 'mk', 'mik', 'tui', 'tôi', 't', 'tớ', 'tao']);
/** Another viewer, spoken to: `@Lan bà lấy chưa`. */
export const YOU_VIEWER = rare(['bà', 'bạn', 'bồ', 'mày', 'ông']);
/** Urged, after `đi`: `lấy 2 hũ đi bà`, `chốt đi mọi người` (not `bạn`: buyers call the seller that too). */
export const URGED = rare(['bà', 'bồ', 'mày', 'ông', 'mn', 'mng', 'ae', 'mọi', 'cả', 'các', 'mấy']);
/** `lấy đi bà`: urging. */
export const DI = rare(['đi']);
/** `chốt nhanh kẻo hết`: lest it sells out, said to hurry others on. */
export const LEST = rare(['kẻo']);

/** Single-word question cues (intent 3). */
export const QUESTION_WORDS = new WordSet(['giá', 'hỏi', 'bn', 'nhiêu', 'nhiu', 'ntn', 'bnhiu', 'bnhieu', 'bnh', 'price', 'how']);
/** `hả`: a question particle, but `ha ha` typed plain is laughter. */
export const HA = new WordSet(['hả', 'hở']);
/** `gia đình`, `Gia Lai`: `gia` before these is not a price question. */
export const GIA = new WordSet(['giá']);
export const NHIEU = new WordSet(['nhiêu', 'nhiu']);
/** How many, in one word (`mua bn hũ`). */
export const HOW_MANY = rare(['bn', 'bnhiu', 'bnhieu']);
/** `đánh giá 5 sao` rates, `tăng giá`, `giảm giá` talk of prices, `tham gia` takes part: no question. */
export const NOT_BEFORE_GIA = rare(['đánh', 'tăng', 'giảm', 'tham', 'quốc', 'chuyên']);
/** `2 hũ phấn giá combo nha`: at that price, said, not asked (`giá combo bao nhiêu` asks by its other words). */
export const PRICE_KINDS = rare(['combo', 'ưu', 'khuyến', 'sale', 'live', 'sốc']);
/** `may mắn` (luck), `may mặc` (clothing), `buôn may bán đắt`, `may mà` (luckily), `may quá`: a plain `may` there is not `mấy`. */
export const NOT_AFTER_MAY = rare(['mắn', 'mặc', 'bán', 'mà', 'quá']);
export const NOT_AFTER_GIA = new WordSet(['đình', 'lai', 'lâm', 'vị', 'công', 'hạn', 'dụng', 'truyền', 'tộc', 'cảnh', 'chánh']);
export const SAO = new WordSet(['sao']);
/** `bao nhiêu`, `bao lâu`: a question, even where the catalog sells by the `bao` (sack). */
export const BAO = new WordSet(['bao']);
export const BAO_ASKS = new WordSet(['nhiêu', 'tiền', 'giờ', 'lâu', 'nhiu']);
/** `loại nào`, `hũ nào`, and with the product between (`loại nấm nào ngon`): which, asked. */
export const WHICH_HEADS = new WordSet(['khi', 'loại', 'cái', 'hũ', 'gói', 'chai', 'hộp', 'lúc', 'hôm', 'bữa', 'ngày', 'số', 'khoản']);
export const NAO = new WordSet(['nào']);
/** Twitch and YouTube emotes typed as words (`Kappa x3` counts the emote). */
export const EMOTES = rare(['kappa', 'pogchamp', 'pog', 'lul', 'kekw', 'omegalul', 'monkas', 'pepehands', 'biblethump', 'kreygasm', 'residentsleeper', 'trihard', 'heyguys', 'vohiyo', 'seemsgood', 'pogu', 'sadge', 'catjam']);
/** Chat bots whose lines a buyer may paste (`Nightbot: …`): their words order nothing. */
export const BOTS = rare(['nightbot', 'streamelements', 'streamlabs', 'moobot', 'fossabot', 'wizebot', 'botisimo', 'cloudbot']);
/** `lốc 6 hộp hay 4 hộp`, `mật ong hay phấn hoa`: between two counts or two products, a choice asked. */
export const CHOICE = new WordSet(['hay', 'hoặc']);
/** `vậy`, `thế`, `nhỉ` (the Centre's `hè`) ending a comment: it asks, when something in it is a choice. */
export const ASK_TAIL = rare(['vậy', 'thế', 'nhỉ', 'v', 'z', 'hè']);
/** Who is spoken to, or a polite `ạ`, after the last word: `… vậy shop`, `… thế ạ`. */
export const SHOP_TAIL = rare(['shop', 'ạ', 'chị', 'anh', 'em', 'e', 'c', 'a', 'ơi', 'ad', 'sốp', 'bạn', 'admin']);
/** `rất hay`, `khá hay`: very good, praise. */
export const VERY = rare(['rất', 'khá', 'cũng', 'thật', 'quá']);
/** `lấy chi`, `cái chi`, `khác chi nhau`: `chi` is what, in the Centre (after these; elsewhere a plain `chi` is chị). */
export const CHI_WHAT = rare(['chi']);
/** Two-word question cues: first word → second words. */
export const QUESTION_PAIRS: [WordSet, WordSet][] = [
  [BAO, BAO_ASKS],
  [new WordSet(['thế', 'như', 'làm']), new WordSet(['nào', 'sao'])],
  [new WordSet(['ở', 'tại', 'đi', 'về']), new WordSet(['đâu'])],
  [WHICH_HEADS, NAO],
  // (`ăn với gì ngon`, `pha với gì thì mát`: with what)
  [new WordSet(['là', 'cái', 'với']), new WordSet(['gì'])],
  [new WordSet(['mấy']), new WordSet(['tiền', 'k', 'nghìn', 'ngàn', 'giờ', 'ngày', 'sao'])],
  [new WordSet(['có']), new WordSet(['chưa'])],
  [rare(['cái', 'loại', 'lấy', 'làm', 'mua', 'khác']), CHI_WHAT],
  [rare(['khác']), rare(['nhau', 'gì', 'j'])],
];
/** Any first word of QUESTION_PAIRS: most words are none, and skip the pair checks. */
export const QUESTION_PAIR_FIRSTS = new WordSet(
  ['bao', 'thế', 'như', 'làm', 'ở', 'tại', 'đi', 'về', 'khi', 'loại', 'cái', 'hũ', 'gói', 'chai', 'hộp', 'lúc', 'hôm', 'bữa', 'ngày', 'số', 'khoản', 'là', 'mấy', 'có', 'khác', 'lấy', 'mua', 'với'],
);
/** `răng chừ chưa thấy`, `cái mô tốt hơn`: why and which, in the Centre; only typed with their marks (`rang` is roast, `mo` a code). */
export const DIALECT_ASKS = new WordSet(['răng', 'mô'], 'never');
/** `xí 1 hũ được không`: asking leave. */
export const LEAVE = rare(['được', 'dc', 'đc', 'đươc']);
export const NOT_AFTER_MO = rare(['tả', 'hình', 'phỏng']);
/** `còn … không`, `có … không`, `được không`. */
export const ASK_OPENERS = new WordSet(['còn', 'có', 'được', 'dc', 'đc', 'đươc', 'kịp', 'nhận', 'ship']);
/** `con trai`, `con gái`, `con ơi`: after these a plain `con` is a child, not `còn`. */
export const CHILD_AFTER = rare(['trai', 'gái', 'ơi', 'nít', 'nhỏ', 'cháu']);
/** `dạ không ạ`: a polite answer, not a question. */
export const YES_SIR = rare(['dạ']);
/** Words that may follow a final `không` and still leave it a question (`còn không shop ạ`). */
export const POLITE_TAIL = new WordSet([
  'shop', 'ạ', 'vậy', 'nhỉ', 'chị', 'anh', 'em', 'e', 'c', 'a', 'ơi', 'ad', 'sốp', 'shp', 'v', 'z', 'ta', 'hả', 'hở', 'bạn', 'b',
  'à', 'nhở', 'vầy', 'dạ', 'ah', 'ha', 'admin', 'ak', 'nè', 'thế', 'nhể', 'á', 'shopp', 'sop', 'cô', 'o', 'bác', 'chú', 'mn',
]);
/** `gì` ending a comment asks (`D2 là hạt gì vậy`). */
export const GI = new WordSet(['gì', 'j']); // (`j`: teen code for gì)
/** `hết mật ong à?`: `à` ending a clause asks. */
export const A_ASKS = rare(['à']);
/** `chưa` ending a comment asks too (`có hàng chưa`). */
export const CHUA = new WordSet(['chưa']);

/** Unit words (ORDER-GRAMMAR.md) plus a few more sellers meet; the catalog's own units are added per catalog. */
export const UNIT_WORDS = [
  'hũ', 'hủ', 'hộp', 'gói', 'chai', 'túi', 'bịch', 'lọ', 'cái', 'kg', 'phần', 'set',
  'thùng', 'lon', 'vỉ', 'bình', 'ký', 'kí', 'cân', 'quả', 'trái', 'lốc', 'combo', 'suất', 'chiếc', 'miếng', 'xấp',
  'bó', 'tép', 'khay', 'hôp', 'slot', 'két',
  // English, as some buyers write it: `2 pcs ST25`, `2 bottles of 584`
  'pcs', 'pc', 'bottle', 'bottles', 'box', 'boxes', 'pack', 'packs', 'jar', 'jars', 'bag', 'bags',
];

/** Number words; `lăm` (5) and `mốt` (1) only after a ten. */
export const NUMBER_WORDS = new WordSet(
  [
    ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8],
    ['chín', 9],
    // English, as some buyers write it (`two bottles of fish sauce`); not `ten`, which typed plain is tên (a name)
    ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
    ['couple', 2], ['dozen', 12],
  ] as [string, number][],
  'never',
);
export const UNIT_DIGITS_AFTER_TEN = new WordSet(
  [
    ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5], ['sáu', 6], ['bảy', 7],
    ['bẩy', 7], ['tám', 8], ['chín', 9],
  ] as [string, number][],
  'never',
);
export const MUOI_TEN = new WordSet(['mười'], 'never');
/** `hăm lăm`, `hăm mốt`, `băm hai`: twenty-, thirty- as the South says them (marked only: `ham`, `bam` are words). */
export const SPOKEN_TENS = new WordSet([['hăm', 20], ['băm', 30]] as [string, number][], 'never');
export const MUOI_TENS = new WordSet(['mươi'], 'never');
export const CHUC = new WordSet(['chục'], 'never');
/** `nửa chục` is five (typed plain, `nua` before chục cannot be nữa); `chục rưỡi` fifteen; `1 tá` a dozen (marked only: `ta` is a word). */
export const HALF = new WordSet(['nửa']);
export const AND_A_HALF = rare(['rưỡi']);
export const DOZEN = rare(['tá', 'lố']);
/** `1 đôi`, `1 cặp` bưởi: two (marked only; where the shop sells by the pair, it is the unit). */
export const PAIR = rare(['đôi', 'cặp']);
/** `combo 3 hũ`, `set 2 hộp`, `lốc 6 hộp`: a count right after a pack word is what the pack holds. */
export const PACKS = rare(['combo', 'set', 'lốc', 'thùng', 'bộ', 'bao', 'túi', 'hộp', 'gói', 'két']);
/** `ba tui`, `ba em`: a number word followed by one of these is a parent (ba, dad), not a count. */
export const POSSESSORS = rare(['tui', 'tôi', 'tao', 'mình', 'em']);
/** Plain number words that, after an order word, more likely mean something else (`mua sau` buy later, `mua tam` for now, `mua mot` the day after tomorrow). */
export const PLAIN_AMBIGUOUS_NUMBERS = new Set(['sau', 'tam', 'chin', 'mot', 'bay']);

/** Quantity markers: `x2`, `sl 2`, `số lượng 2`. */
export const SL = new WordSet(['sl', 'sll', 'qty']);
export const SO = new WordSet(['số']);
export const LUONG = new WordSet(['lượng']);
export const MOI = new WordSet(['mỗi']);

/** Sizes glued to a number (`500g`, `1kg`): never quantities. */
export const SIZE_GLUED = new Set(['g', 'gr', 'gram', 'gam', 'grams', 'ml', 'l', 'lit', 'mg', 'cc', 'oz', 'lb', 'kg', 'kgs', 'cm', 'mm', 'm', 'lits']);
/** Sizes written apart (`500 g`); `kg` apart is a unit word. */
export const SIZE_SPACED = new Set(['g', 'gr', 'gram', 'gam', 'grams', 'ml', 'mg', 'cc', 'oz', 'cm', 'mm', 'lit', 'l']);
/** `nước mắm 43 độ đạm`, `rượu 40 độ`: a strength, part of a name like a size. */
export const DEGREES = rare(['độ']);
export const DEGREES_OF = rare(['đạm', 'cồn']);
/** Prices glued to a number (`150k`, `150.000đ`). */
export const PRICE_GLUED = new Set(['k', 'd', 'vnd', 'dong', 'tr', 'trieu', 'nghin', 'ngan', 'cu', 'ka']);
export const PRICE_SPACED = new WordSet(['nghìn', 'ngàn', 'ngìn', 'tr', 'triệu', 'củ', 'cành']);
/** `150.000 đồng`: only a number in the thousands (`1 dong trung` is one đông trùng). */
export const DONG_SPACED = new WordSet(['đ', 'vnd', 'vnđ', 'đồng']);
export const K = new WordSet(['k']);

/** Address labels and the words of a street address. */
export const DIA = new WordSet(['địa']);
export const CHI = new WordSet(['chỉ']);
export const ADDRESS_WORD_LABELS = new WordSet(['diachi', 'address', 'đchỉ']);
export const DC = new WordSet(['dc', 'đc', 'add']);
/** A number after one of these is a house or block number (`tổ 5`, `ngõ 12`). */
export const STREET_PREFIXES = new WordSet([
  'ngõ', 'hẻm', 'kiệt', 'ngách', 'tổ', 'thôn', 'xóm', 'ấp', 'khu', 'kp', 'kv', 'khối', 'lô', 'đường', 'phố', 'ql', 'tl', 'hxh',
  'bản', 'buôn', 'làng', 'khóm',
]);
/** A number after one of these is an address only when street or place words follow (`số 12 Lê Lợi`). */
export const WEAK_STREET_PREFIXES = new WordSet(['số', 'nhà', 'căn', 'phòng', 'tầng']);
/** `thôn Năm Mẫu, xã Phú Lương, huyện Quảng Ninh`: the levels of a rural address, each before its name. */
export const ADMIN_LEVELS = new WordSet(['thôn', 'xóm', 'ấp', 'khóm', 'bản', 'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'tp']);
export const PLACE_WORDS = new WordSet([
  'đường', 'phố', 'ngõ', 'hẻm', 'kiệt', 'ngách', 'thôn', 'xóm', 'ấp', 'tổ', 'khu', 'lô', 'phường', 'xã', 'quận', 'huyện', 'tp',
  'thành', 'tỉnh', 'thị', 'tt', 'tx', 'kp', 'khối', 'bản', 'buôn', 'làng', 'chung', 'kđt', 'kcn', 'quốc', 'tòa', 'toà', 'block', 'kiot',
  'sạp', 'quầy', 'dãy',
]);
/** `chợ Đồng Xoài`, `bến Ninh Kiều`, `đảo Lý Sơn`: a word naming a kind of place, before the place's own name. */
export const PLACE_KINDS = rare(['chợ', 'bến', 'cầu', 'núi', 'sông', 'đảo', 'chùa', 'trường', 'viện', 'đèo', 'biển', 'phà']);
/** `thị xã`, `thị trấn`: a town (a plain `thi` alone is thì). */
export const THI = rare(['thị']);
export const TOWN = rare(['xã', 'trấn']);
/** `Hưng Yên`, `Phú Yên`, `Yên Mỹ`, `Trà Vinh`: places whose names hold a product's word (`yến`, `trà`), by their first word and then their second. */
export const PLACE_FIRST = new WordSet(['hưng', 'phú', 'yên', 'trà'], 'always');
export const PLACE_SECOND: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['hung', new Set(['yen'])],
  ['phu', new Set(['yen'])],
  // (not `yến Khánh Hòa`, `yến Thanh Hóa`: bird's nest from there)
  ['yen', new Set(['bai', 'my', 'lac', 'the', 'phong', 'dinh', 'son', 'chau', 'thuy', 'mo', 'dung', 'lap'])],
  ['tra', new Set(['vinh', 'my'])],
]);
/** `phường 12`, `quận 3`: places numbered (not `thành`: `sửa thành 3 chai` sets a count). */
export const NUMBERED_PLACES = rare(['phường', 'quận', 'huyện', 'xã', 'đội', 'khóm']);
/** `số cũ … đổi qua 0987…`: with these between two phones, the later one is the buyer's. */
export const PHONE_CHANGES = rare(['đổi', 'thay', 'sửa', 'mới', 'nhầm', 'lộn']);
/** `stk 0961000789`, `tk … vcb`: a bank account, not a phone (`tài khoản` is read as a pair). */
export const ACCOUNT_LABELS = rare(['stk', 'tk', 'stknh', 'acc', 'mst']);
export const ACCOUNT_TAI = rare(['tài']);
export const ACCOUNT_KHOAN = rare(['khoản']);
export const BANKS = rare([
  'vcb', 'vietcombank', 'mb', 'mbbank', 'techcombank', 'tcb', 'acb', 'bidv', 'agribank', 'agri', 'vietinbank', 'vtb', 'tpbank', 'tpb',
  'vpbank', 'vpb', 'sacombank', 'stb', 'shb', 'hdbank', 'ocb', 'msb', 'vib', 'seabank', 'eximbank', 'lpbank', 'abbank', 'bvbank',
  'namabank', 'kienlongbank', 'pvcombank', 'ncb', 'bank', 'cake', 'timo',
]);
/** Phone labels: they end an address. */
export const PHONE_LABELS = new WordSet(['sđt', 'đt', 'zalo', 'phone', 'tel', 'sdt', 'đthoại', 'sdth']);
/** `người đặt: Minh 0383 …`, `sđt con: 0868 …`, `số em 0912 …`: the buyer's own phone, among a recipient's. */
export const ORDERER = rare(['người']);
export const ORDERER_SECOND = rare(['đặt', 'mua', 'order']);
export const PHONE_OWNERS = rare(['em', 'e', 'con', 'mình', 'mk', 'tui', 'tôi', 'cháu']);
export const PHONE_SAID = rare(['sđt', 'sdt', 'đt', 'số', 'zalo', 'phone']);
/** `giao về`, `gửi tới`, `họ tên`, `sản phẩm`, `hoặc`: words beside a product and where it goes, which say nothing else of it. */
export const CONTACT_WORDS = rare([
  'số', 'địa', 'chỉ', 'đc', 'dc', 'giao', 'gửi', 'ship', 'về', 'tới', 'đến', 'họ', 'tên', 'sản', 'phẩm', 'sp', 'nhận', 'người', 'hoặc', 'ở', 'tại', 'liên', 'hệ',
  'nha', 'nhé', 'nhe', 'nhá', 'giúp', 'giùm', 'dùm', 'với',
]);
/** Words that can start an address label: without one of these or a number, there is no address to look for. */
export const ADDRESS_HINTS = new WordSet(['địa', 'diachi', 'address', 'đchỉ', 'đ', 'đc', 'dc', 'add']);
export const ADDRESS_ASKERS = new WordSet(['xin', 'hỏi', 'của', 'gửi', 'cho']);

/** `cam on` is `cảm ơn` (thanks), not the product `cam` followed by something. */
export const THANKS_FIRST = new WordSet(['cảm', 'cám']);
export const THANKS_SECOND = new WordSet(['ơn']);

/** `gửi ra Nghệ An`, `ở Trà Vinh`, `về Yên Bái`: where-words before a place's name. */
export const WHERE_TO = rare(['ở', 'ra', 'vào', 'vô', 'về', 'tại', 'từ', 'đi', 'bên', 'lên', 'xuống']);
/**
 * A product's one-word name typed plain that is also a common word, in that word's common phrases
 * (`yen tam` is yên tâm, `nghe thấy` hear): keyed by the plain spelling, the words after it.
 */
export const SHADOWED: ReadonlyMap<string, WordSet> = new Map([
  ['yen', rare(['tâm', 'tĩnh', 'bình', 'ổn', 'lặng', 'mạch'])],
  ['dieu', rare(['kiện', 'khoản', 'chỉnh', 'tra', 'hòa', 'hoà'])],
  ['nghe', rare(['thấy', 'nói', 'được', 'nhạc', 'kể', 'rõ', 'bảo', 'đồn', 'giọng', 'nè', 'ko', 'không', 'live', 'mọi'])],
  ['cam', rare(['kết'])],
  // `cf đơn giúp e`: confirm the order, not coffee
  ['cf', rare(['đơn'])],
  // `anh che mất tem`: covering, not chè
  ['che', rare(['mất', 'khuất', 'hết', 'lại'])],
  // `tra loi em voi`: trả lời (answer); `tra truoc qua ck`: trả trước (pay first); `tra đơn giùm e`, `tra mã vận đơn`: look up
  ['tra', rare(['lời', 'trước', 'tiền', 'góp', 'đơn', 'mã', 'cứu'])],
  // `mang cho tôi 2 chai`: bring, not măng
  ['mang', rare(['cho', 'về', 'đến', 'tới', 'theo', 'qua', 'lên', 'ra', 'vào', 'đi'])],
  // `em tiêu hết tiền rồi`, `tiêu hóa tốt`: spend and digest, not pepper
  // (`tiêu chuẩn`: a standard)
  ['tieu', rare(['hết', 'tiền', 'xài', 'pha', 'hóa', 'hoá', 'chảy', 'chuẩn', 'chí', 'dùng'])],
]);
/** `kiểm tra`, `thanh tra`, `bằng yen`: a product's one-word name (`trà`, `yến`) in a common phrase, after the word before it. */
export const SHADOWED_AFTER: ReadonlyMap<string, WordSet> = new Map([
  ['tra', rare(['kiểm', 'thanh'])],
  // `trả bằng yen`, `đồng yen`: the Japanese money
  ['yen', rare(['bằng', 'đồng'])],
  // `e ghe ruoc`, `đi rước`: pick up, not ruốc
  ['ruoc', rare(['ghé', 'đi', 'đón', 'tới', 'qua'])],
  // `gửi về quê`, `ở quê`: home in the countryside, not quế
  ['que', rare(['về', 'ở', 'dưới'])],
  // `còn hong em`, `ngon hong`: hông (không), not hồng
  ['hong', rare(['còn', 'có', 'được', 'ngon', 'đẹp', 'thích', 'chịu', 'biết', 'phải'])],
]);

/** Digits said aloud, as voice typing writes a phone (phone.ts); each value is the digit plus one. */
export const SPOKEN_DIGITS = new WordSet(
  [['không', 1], ['một', 2], ['mốt', 2], ['hai', 3], ['ba', 4], ['bốn', 5], ['tư', 5], ['năm', 6], ['lăm', 6], ['sáu', 7], ['bảy', 8], ['bẩy', 8], ['tám', 9], ['chín', 10]],
  'exact',
  false,
);

/** `tổng 5 món`: the buyer's own sum of what they listed, not one more item. */
export const TOTAL = rare(['tổng', 'total']);
/** `3 món trở lên`, `từ 5 hũ trở lên`: or more, a threshold asked about. */
export const ONWARD_FIRST = rare(['trở']);
export const ONWARD_SECOND = rare(['lên', 'xuống']);

/** `không hủy nữa`, `không hủy đâu`: a cancel taken back. */
export const RESTORE_AFTER = rare(['nữa', 'đâu']);
/** `lên lại đơn`: put the order back up. */
export const RAISE = rare(['lên']);

/** `mỗi người 1 gói`, `mỗi đứa 1 hộp`: a count per head. */
export const PER_HEAD = rare(['người', 'đứa', 'bạn', 'bn', 'bé', 'nhà', 'sếp']);
/** `phòng kế toán 5 hộp, phòng nhân sự 3 hộp`: a group of people named, which takes its own lot. */
export const GROUPS = rare(['phòng', 'lớp', 'nhóm', 'team', 'khoa', 'ban']);
/** Cartons, sacks and trays: a kind sold by one of these is another product than the same kind sold loose. */
export const BULK_UNITS = rare(['thùng', 'két', 'bao', 'khay', 'sọt', 'giỏ', 'lốc']);
export const WITH = rare(['với', 'và']);
/** `thịt bò`, `khô bò`, `bắp bò`: before `bo` typed plain, it is beef (bò), not bỏ. */
export const MEAT = rare(['thịt', 'khô', 'bắp', 'gân', 'nạm']);

/** `sđt cũ 0912…`: the old number, which a later one replaces. */
export const OLD = rare(['cũ']);

/** `mỗi loại 1`, `mỗi thứ 2`, `mỗi vị 1`: one of each kind. */
export const KINDS = rare(['loại', 'thứ', 'món', 'vị', 'màu']);

/** `2 trăm hộp`: hundreds. */
export const HUNDRED = rare(['trăm']);
/** `như năm ngoái`, `như lần trước`: like then, a comparison, not when the order is. */
export const LIKE = rare(['như', 'y', 'giống', 'bằng']);
/** `năm 2026`: a year, not a house number. */
export const YEAR = rare(['năm']);
/** `mua của chị 3 năm rồi`: how long, told (after a count, like TIMES). */
export const DURATIONS = rare(['năm', 'tháng', 'tuần']);
/** `bạc hà thì mắc quá`: too dear, turned down. */
export const PRICEY = rare(['mắc', 'đắt']);
/** `Giao: …`, `Giao hàng: …`, `Gửi về: …`: an order form's delivery label (with its colon). */
export const SHIP_LABELS = rare(['giao', 'gửi', 'ship', 'nhận']);
export const SHIP_LABEL_SECOND = rare(['hàng', 'về', 'tới', 'đến']);
/** `loại 1`, `size 2`: a grade or size told by its number (a variant's name, not a count). */
export const GRADES = rare(['loại', 'hạng', 'size', 'cỡ', 'số', 'slot', 'stt']);
/** `như cũ`, `y chang`, `như mọi khi`: the same as an order before (parser.ts repeatsAnOrder). */
export const SAME_AS = rare(['như', 'y', 'giống', 'bằng']);
/** `như cũ`, `như trên` (as above). */
export const SAME_OLD = rare(['cũ', 'trên']);
export const SAME_EXACTLY = rare(['chang', 'chan', 'hệt', 'như']);
/** `giống đơn hôm qua`, `giống hệt`: alike, then which order (`giống bạn trên`, `giống chị Lan`: whose). */
export const ALIKE_WHAT = rare(['đơn', 'hệt', 'y', 'như']);
/** `em cũng vậy`, `e cx v`: me too. */
export const ALSO_SO = rare(['vậy', 'v', 'thế', 'zậy', 'dậy', 'z']);
/** `slot 3`, `slot cuối cho em`: a flash sale's numbered places, one unit each. */
export const SLOT = rare(['slot']);
export const SLOT_WHICH = rare(['cuối', 'đầu', 'này', 'nữa']);
/** `chúc mừng`: congratulations (a plain `chuc` before it is chúc, not chục). */
export const CONGRATS = rare(['mừng']);
