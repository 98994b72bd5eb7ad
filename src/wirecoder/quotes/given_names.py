"""More given names whose bearer's gender is unambiguous, for pronoun agreement in quotes.

The shared lists in :mod:`wirecoder.vocabulary` hold the names of well-known figures; news
quotes mostly come from people nobody lists (officials, aid workers, witnesses) from every
region. These lists add common given names, written for this project, that are borne
(nearly) only by men or only by women in the regions wire news covers. Names used for both
(Jean, Andrea, Kim, Nur, Yuki, Sasha, Ali in some regions as a woman's) are left out: an
unknown gender agrees with both pronouns, a wrong one forbids the right antecedent.
"""

from __future__ import annotations

from ..vocabulary import words

__all__ = ["MORE_FEMALE_NAMES", "MORE_MALE_NAMES"]

MORE_MALE_NAMES = words(
    """
    aaron abel abraham adam adrian ahmet alan albert alberto aleksandr aleksander alfred
    alfredo ambrose amir anders andre andrei andrej anthony anton antoine arnold arthur
    augustin axel bernard bertrand bjorn boris bruno carl cesar christian
    christopher claude conor craig darius dean derek dominic douglas dragan duncan
    eduardo edwin emil enrique ernesto esteban eugene evan fabian farid fatih federico
    francisco frederick gabriel gaston georg gerald gerhard gilbert giovanni giuseppe gonzalo
    gordon graham guillaume gustavo harold harry hector helmut herbert hugo ian igor ignacio
    imad ivo jakub jamal jeremy jesus joachim joel johan johannes jonas jurgen
    kareem keith kemal klaus konrad kyle lamine lawrence leon leonardo leonid lorenzo louis
    ludwig lukas magnus mahmud malcolm mamadou marcel marcus mario martin mateo mathieu
    matteo mauricio maxim maxime mehmet milan miroslav mohamad mohammed mousa murat nasser
    nathan neil nicolas nikolay noah norman oleg oliver omer oscar otto pablo pascal
    patrice philip philippe rami ramon randall raul ricardo roberto rodney roger roman
    ruben rudolf russell salah salim sami saad sebastian serhiy simon stanislav stefan
    stuart sultan tarek theodore tobias todd trevor umberto vasily victor vincent
    vitaly waleed walter warren wayne werner wolfgang xavier yahya yaroslav yevgeny yousef
    yury zoran dario paolo pietro piet aron jens sergiu mihai
    abubakar adebayo adamu babatunde chinedu chukwuma emeka femi ikenna kayode obinna
    segun tunde yakubu kwabena kwaku kwesi yaw kofi mamadou moussa ousmane
    boubacar cheikh abdoulaye seydou souleymane amadou ibrahima modibo salif tiemoko
    juma baraka hamisi abdirahman abdikadir
    abdiweli mahad mukhtar tedros abebe getachew haile mengistu tesfaye dawit yohannes
    sipho themba bongani thulani mandla
    arjun ashok deepak dinesh ganesh gaurav harish karan manoj mohan mukesh naveen nikhil
    pradeep prakash rajesh rakesh ramesh ravi rohit sachin sandeep sanjeev sunil suresh vijay
    vikram vinod yogesh anwar arif aslam bilal farhan hamza imtiaz irfan junaid kashif
    nadeem naveed rashid shahid shoaib usman waqar zafar zubair
    ahmadullah abdulrahman abdulaziz bakhtiar dawood farhad habib hamidullah jawad
    mujib najib nasir qasim rahim rahman sadiq shafiq zabihullah
    hiroshi kenji koji makoto masahiro naoki satoshi shigeru shinji takashi takeshi taro
    tetsuo yoshihiko yoshihide yukio
    somsak
    """
)

MORE_FEMALE_NAMES = words(
    """
    abigail adriana agnes alejandra alexandra alina alison allison amelia anastasiya
    angelica angelina anita anne annette antonia ariana audrey beatriz beatrice bianca
    brigitte camila carla carolina cecilia charlotte chloe christiane clara claire colette
    daniela danielle daria diana dolores edith eleanor elisa elise elisabeth eliza
    elsa elzbieta emilia erika esther eva fabiola florence francesca gabriela gabrielle
    georgina gertrude giulia greta gwen hanna harriet helen helena helga hilda hortense
    ines ingrid irene iris isabelle ivana jana jane janine jasmine jessica joanna josephine
    judit juliana julianne justine karin katarzyna katharina katrin kristina larisa lea
    leah lena liliana lina lorena louise lucy luisa lydia magdalena malgorzata margarita
    margot marianne marisol marta martina mathilde maya melanie mercedes miriam monica
    monika nadezhda natalie natasha nathalie nina nora paola paula paulina petra pilar
    rosa rosalind rose roxana sabine sabrina sally sarah silvia sophie stella
    susanne suzanne sylvie tamara tanya valentina valeria valerie vanessa vera veronica
    viktoria virginie vivian wanda wendy yolanda yvonne zofia zoe
    adaeze amaka chiamaka chioma funmilayo ifeoma nkechi nneka folake bisi yetunde
    abena akosua ama efua esi adwoa aminata fatoumata mariama awa kadiatou rokia
    wanjiru wanjiku akinyi achieng njeri nyokabi halima mwanaisha zawadi neema
    hodan fadumo hibo sahra ifrah saida hiwot meseret tigist selam
    nomvula thandiwe lindiwe nokuthula zanele busisiwe chipo rutendo tsitsi
    aishwarya deepika divya kavita lakshmi meena neha pooja preeti radhika rekha sapna
    shabana shazia shireen shaista sumaira uzma bushra nasreen ruksana
    fatemeh maryam narges shirin soraya mahbouba malalai fawzia sima roya
    hiroko keiko kumiko mariko michiko naoko noriko sachiko tomoko yumiko yuriko
    siti dewi
    """
)
