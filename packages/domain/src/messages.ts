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
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

export const isMessageKey = (s: string): s is MessageKey => Object.hasOwn(MESSAGES, s);
