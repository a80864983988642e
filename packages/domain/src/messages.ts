import type { Localized } from './common';

/**
 * Messages of the domain's own validation rules. A schema's custom message is a key of this catalogue; the API and
 * the web translate it into the caller's language. zod's built-in messages are translated by zod's locales.
 */
export const MESSAGES = {
  'id.invalid': { id: 'ID tidak valid', en: 'Invalid id' },
  'date.format': { id: 'Tanggal harus berformat YYYY-MM-DD', en: 'Expected a date as YYYY-MM-DD' },
  'date.invalid': { id: 'Tanggal tidak ada di kalender', en: 'Not a calendar date' },
  'date.duplicate': { id: 'Tanggal ini tercantum dua kali', en: 'This date is listed twice' },
  'phone.invalid': { id: 'Nomor telepon tidak valid', en: 'Invalid phone number' },
  'slug.length': { id: 'Slug harus 3 sampai 40 karakter', en: 'A slug has 3 to 40 characters' },
  'slug.format': {
    id: 'Slug hanya boleh huruf kecil, angka, dan tanda hubung tunggal',
    en: 'A slug may hold lowercase letters, digits and single hyphens',
  },
  'slug.reserved': { id: 'Slug ini dicadangkan sistem', en: 'This slug is reserved' },
  'user.unitRequired': {
    id: 'Petugas unit memerlukan minimal satu unit',
    en: 'A unit officer needs at least one unit',
  },
  'user.unitNotAllowed': {
    id: 'Hanya petugas unit yang dibatasi ke unit',
    en: 'Only a unit officer is scoped to units',
  },
  'tier.key': {
    id: 'Kode tingkat: huruf kecil, angka, tanda hubung (2–30)',
    en: 'Tier key: lowercase letters, digits, hyphens (2–30)',
  },
  'date.wrongYear': {
    id: 'Tanggal harus berada di tahun kalender ini',
    en: "The date must fall in this calendar's year",
  },
  'category.notFound': { id: 'Kategori tidak ditemukan', en: 'Category not found' },
  'service.notFound': { id: 'Layanan tidak ditemukan', en: 'Service not found' },
  'upload.notFound': {
    id: 'Lampiran tidak ditemukan atau belum selesai diunggah',
    en: 'Attachment not found or not fully uploaded',
  },
  'unit.notFound': { id: 'Unit (OPD) tidak ditemukan', en: 'Unit (OPD) not found' },
  'user.selfLockout': {
    id: 'Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri',
    en: 'You cannot deactivate or demote your own account',
  },
  'email.taken': { id: 'Email ini sudah terdaftar', en: 'This email is already registered' },
  'slug.confirm': { id: 'Ketik slug tenant untuk mengonfirmasi', en: "Type the tenant's slug to confirm" },
  'slug.taken': { id: 'Slug ini sudah dipakai', en: 'This slug is already taken' },
  'password.weak': {
    id: 'Kata sandi minimal 12 karakter dengan huruf dan angka',
    en: 'A password has at least 12 characters with letters and digits',
  },
  'complaint.descriptionShort': {
    id: 'Uraian minimal 20 karakter agar petugas dapat memahaminya',
    en: 'Describe it in at least 20 characters so officials can understand it',
  },
  'complaint.trackingCode': {
    id: 'Kode lacak tidak valid (contoh: PRM-4K7Q-9XD2)',
    en: 'Invalid tracking code (e.g. PRM-4K7Q-9XD2)',
  },
  'location.pair': { id: 'Lintang dan bujur harus diisi bersama', en: 'Latitude and longitude go together' },
  'location.empty': { id: 'Isi koordinat atau alamat', en: 'Give coordinates or an address' },
  'transition.notAllowed': {
    id: 'Tindakan ini tidak dapat dilakukan pada status laporan saat ini',
    en: 'This action is not possible in the report’s current status',
  },
  'transition.forbidden': {
    id: 'Peran Anda tidak dapat melakukan tindakan ini',
    en: 'Your role cannot take this action',
  },
  'transition.noteRequired': { id: 'Tindakan ini memerlukan catatan', en: 'This action needs a note' },
  'transition.unitRequired': { id: 'Pilih OPD tujuan', en: 'Choose the unit (OPD)' },
  'transition.unknownTier': { id: 'Tingkat SLA tidak dikenal', en: 'Unknown SLA tier' },
  'transition.noDeadline': {
    id: 'Tidak ada tenggat yang berjalan untuk diperpanjang',
    en: 'No running deadline to extend',
  },
  'transition.daysRequired': { id: 'Isi jumlah hari kerja perpanjangan', en: 'Give the extra working days' },
  'transition.reasonRequired': {
    id: 'Pilih alasan (dan laporan asli bila duplikat)',
    en: 'Give the reason (and the original report for a duplicate)',
  },
  'transition.reopenExpired': {
    id: 'Batas waktu untuk membuka kembali laporan telah lewat',
    en: 'The window to reopen this report has passed',
  },
  'transition.sameUnit': {
    id: 'Laporan sudah berada di OPD tersebut',
    en: 'The report is already with that unit',
  },
  'survey.noAnswers': { id: 'Jawab minimal satu pertanyaan', en: 'Answer at least one question' },
  'survey.unknownItem': {
    id: 'Pertanyaan ini tidak ada dalam templat survei',
    en: 'This question is not part of the survey template',
  },
  'survey.scale': {
    id: 'Nilai di luar skala pertanyaan ini',
    en: 'The score is outside this question’s scale',
  },
  'survey.allocationSum': {
    id: 'Pembagian poin harus berjumlah tepat 100',
    en: 'The points must add up to exactly 100',
  },
  'survey.notFound': { id: 'Survei tidak ditemukan', en: 'Survey not found' },
  'survey.unitRequired': {
    id: 'Pilih unit (OPD) atau layanan yang disurvei',
    en: 'Choose the unit (OPD) or the service surveyed',
  },
  'survey.serviceOfOtherUnit': {
    id: 'Layanan ini bukan layanan unit yang disurvei',
    en: 'This service does not belong to the surveyed unit',
  },
  'survey.templateMismatch': {
    id: 'Jawaban ini untuk templat survei lain',
    en: 'These answers belong to another survey template',
  },
  'survey.transition': {
    id: 'Status survei tidak dapat diubah seperti ini (draf → dibuka → dijeda ↔ dibuka → ditutup)',
    en: 'The survey status cannot change this way (draft → open → paused ↔ open → closed)',
  },
  'survey.draftOnly': {
    id: 'Hanya dapat diubah atau dihapus selama survei masih draf',
    en: 'Can only be changed or deleted while the survey is a draft',
  },
  'survey.periodOrder': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
    en: 'The end date cannot be before the start date',
  },
  'survey.period': {
    id: 'Periode tidak valid (contoh: 2026, 2026-S1, 2026-Q2, 2026-04)',
    en: 'Invalid period (e.g. 2026, 2026-S1, 2026-Q2, 2026-04)',
  },
  'survey.idempotencyKey': {
    id: 'Idempotency-Key: 8–100 karakter huruf, angka, titik, titik dua, garis bawah atau tanda hubung',
    en: 'Idempotency-Key: 8–100 letters, digits, dots, colons, underscores or hyphens',
  },
  'survey.ikmOnly': {
    id: 'Hanya tersedia untuk templat IKM/SKM',
    en: 'Only available for IKM/SKM templates',
  },
  'followup.deadlinePast': {
    id: 'Tenggat tidak boleh di masa lalu',
    en: 'The deadline cannot be in the past',
  },
  'followup.ownerNotFound': {
    id: 'Penanggung jawab harus pengguna aktif pemerintah daerah ini',
    en: 'The owner must be an active user of this regional government',
  },
  'followup.unknownElement': {
    id: 'Unsur ini tidak ada dalam templat survei',
    en: 'This element is not part of the survey template',
  },
  'followup.unitMismatch': {
    id: 'Unit tidak sama dengan unit survei yang dipilih',
    en: 'The unit differs from the chosen survey’s unit',
  },
  'apiKey.limit': {
    id: 'Batas kunci API aktif tercapai; cabut kunci yang tidak dipakai terlebih dahulu',
    en: 'The limit of active API keys is reached; revoke an unused key first',
  },
  'complaint.notFound': { id: 'Laporan tidak ditemukan', en: 'Report not found' },
  'category.cycle': {
    id: 'Kategori tidak dapat berada di bawah dirinya sendiri atau turunannya',
    en: 'A category cannot sit under itself or one of its descendants',
  },
  'inbox.unitRequired': {
    id: 'Anda bertugas di beberapa unit: pilih salah satu unit',
    en: 'You work for several units: choose one of them',
  },
  'inbox.stateAll': {
    id: 'Semua status hanya dapat ditampilkan untuk satu periode',
    en: 'All statuses can be listed only for one period',
  },
  'month.format': { id: 'Bulan harus berformat YYYY-MM', en: 'Expected a month as YYYY-MM' },
  'upload.tooLarge': {
    id: 'Berkas terlalu besar (maksimal 5 MB)',
    en: 'The file is too large (5 MB at most)',
  },
  'upload.wrongType': {
    id: 'Isi berkas tidak sesuai dengan jenisnya; yang diterima hanya JPEG, PNG, WebP, atau PDF',
    en: 'The file’s content does not match its type; only JPEG, PNG, WebP or PDF are accepted',
  },
  'upload.missing': {
    id: 'Berkas belum diunggah atau kosong',
    en: 'The file has not been uploaded, or is empty',
  },
  'complaint.alreadyRated': {
    id: 'Laporan ini sudah dinilai',
    en: 'This report has already been rated',
  },
  'complaint.rateWhenClosed': {
    id: 'Penilaian hanya dapat diberikan setelah laporan selesai',
    en: 'A report can be rated only once it is closed',
  },
  'idempotencyKey.format': {
    id: 'Idempotency-Key harus 8–128 karakter: huruf, angka, _ atau -',
    en: 'Idempotency-Key must be 8–128 characters: letters, digits, _ or -',
  },
  'cycle.noData': {
    id: 'Belum ada data untuk ukuran ini pada periode tersebut, sehingga baseline tidak dapat diambil. Pilih periode atau ukuran yang sudah memiliki data (jawaban survei atau pengaduan).',
    en: 'There is no data for this metric in that period, so no baseline can be taken. Choose a period or a metric that has data (survey answers or complaints).',
  },
  'cycle.targetNumber': { id: 'Target harus berupa angka', en: 'The target must be a number' },
  'cycle.valueNumber': { id: 'Nilai harus berupa angka', en: 'The value must be a number' },
  'cycle.targetRange': {
    id: 'Target berada di luar skala ukuran ini',
    en: 'The target lies outside this metric’s scale',
  },
  'cycle.targetNotBetter': {
    id: 'Target harus lebih baik daripada baseline (arah ukuran diperhitungkan)',
    en: 'The target must be better than the baseline (in the metric’s direction)',
  },
  'cycle.stageNotAllowed': {
    id: 'Tahap tidak dapat diubah seperti ini (Plan → Do → Check → Act → Selesai, atau mundur satu tahap)',
    en: 'The stage cannot change this way (Plan → Do → Check → Act → Closed, or one step back)',
  },
  'cycle.needsActions': {
    id: 'Tahap Do memerlukan minimal satu tindakan',
    en: 'The Do stage needs at least one action',
  },
  'cycle.actionsOpen': {
    id: 'Semua tindakan harus selesai (atau dibatalkan) sebelum tahap Check',
    en: 'Every action must be done (or cancelled) before Check',
  },
  'cycle.noMeasurement': {
    id: 'Belum ada hasil pengukuran ulang pada periode pemeriksaan; tahap Act memerlukannya',
    en: 'There is no re-measurement in the check period yet; Act needs one',
  },
  'cycle.needsDecision': {
    id: 'Sebelum ditutup: standarkan perubahannya (Standar Pelayanan atau Maklumat) atau mulai siklus berikutnya',
    en: 'Before closing: standardise the change (service standard or Maklumat) or start the next cycle',
  },
  'cycle.closed': { id: 'Siklus ini sudah ditutup', en: 'This cycle is closed' },
  'cycle.actOnly': {
    id: 'Hanya dapat dilakukan pada tahap Act',
    en: 'Only possible in the Act stage',
  },
  'cycle.hasNext': {
    id: 'Siklus berikutnya sudah dimulai dari siklus ini',
    en: 'A next cycle has already been started from this cycle',
  },
  'cycle.causeCategory': {
    id: 'Kategori penyebab tidak ada dalam kelompok kategori yang dipilih',
    en: 'This cause category is not in the chosen category set',
  },
  'cycle.periodOrder': {
    id: 'Periode pemeriksaan harus dimulai setelah periode baseline berakhir',
    en: 'The check period must start after the baseline period ends',
  },
  'cycle.manualOnly': {
    id: 'Hasil diisi manual hanya untuk ukuran manual; ukuran lain diukur otomatis',
    en: 'A result is entered by hand only for a manual metric; the others are measured automatically',
  },
  'cycle.unitRequired': {
    id: 'Pilih unit (OPD) untuk Maklumat yang diubah',
    en: 'Choose the unit (OPD) whose Maklumat changes',
  },
  'assessment.unknownStatement': {
    id: 'Pernyataan ini tidak ada dalam instrumen penilaian',
    en: 'This statement is not part of the assessment',
  },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

export const isMessageKey = (s: string): s is MessageKey => Object.hasOwn(MESSAGES, s);
